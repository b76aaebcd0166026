"""Reference streams for PyRandomTest from CPython (run: python3 random_cases.py > random_cases.txt).

For each seed: a line 'seed N', then one line per call, 'OP ARGS... => RESULT'; floats as 16 hex digits of
their IEEE bits, ints in decimal, lists space separated. The calls are interleaved so state shared between
them (the gauss pair cache, getrandbits word order, the 624-word regeneration) is exercised.
"""
import random, struct, sys

out = sys.stdout


def h(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


for seed in [0, 1, 42, 1337, 2 ** 40 + 7, -5, 2 ** 63 - 1, 2 ** 32, 123456789]:
    r = random.Random(seed)
    out.write('seed %d\n' % seed)
    for _ in range(30):
        out.write('random => %s\n' % h(r.random()))
    for _ in range(20):
        out.write('uniform -1 1 => %s\n' % h(r.uniform(-1, 1)))
    for i in range(41):
        out.write('gauss 0 1 => %s\n' % h(r.gauss(0, 1)))
        if i % 10 == 3:
            out.write('gauss 2.5 0.3 => %s\n' % h(r.gauss(2.5, 0.3)))
            out.write('random => %s\n' % h(r.random()))
    for _ in range(20):
        out.write('normalvariate 0 1 => %s\n' % h(r.normalvariate(0, 1)))
    for k in [0, 1, 5, 31, 32, 33, 48, 63]:
        out.write('getrandbits %d => %d\n' % (k, r.getrandbits(k)))
    for _ in range(5):
        out.write('randrange 10 => %d\n' % r.randrange(10))
        out.write('randrange 3 100 7 => %d\n' % r.randrange(3, 100, 7))
        out.write('randrange 10 0 -3 => %d\n' % r.randrange(10, 0, -3))
        out.write('randrange 1000000007 => %d\n' % r.randrange(1000000007))
        out.write('randrange 0 4611686018427387904 1 => %d\n' % r.randrange(0, 2 ** 62))
        out.write('randint -5 5 => %d\n' % r.randint(-5, 5))
        out.write('choice 7 => %d\n' % r.choice(range(7)))
    for n in [0, 1, 2, 5, 20, 100]:
        x = list(range(n))
        r.shuffle(x)
        out.write('shuffle %d => %s\n' % (n, ' '.join(map(str, x))))
    for n, k in [(10, 3), (10, 10), (30, 6), (100, 10), (1000, 50), (5, 0)]:
        out.write('sample %d %d => %s\n' % (n, k, ' '.join(map(str, r.sample(range(n), k)))))
    for _ in range(1400):  # through two more regenerations of the state
        out.write('random => %s\n' % h(r.random()))
    for _ in range(60):
        out.write('gauss 0 1 => %s\n' % h(r.gauss(0, 1)))
