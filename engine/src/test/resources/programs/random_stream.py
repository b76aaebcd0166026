# CPython's random module through the language: these lines must match CPython exactly (no gauss here)
import random
for seed in [0, 1, 42, 1337, 2**32 + 5, -7, 123456789]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(5)])
    print([random.uniform(-1, 1) for _ in range(5)])
    print([random.randint(0, 100) for _ in range(10)], random.randrange(0, 1000, 7), random.getrandbits(40))
    xs = list(range(20))
    random.shuffle(xs)
    print(xs, random.choice('abcdef'), random.sample(range(1000), 6), random.sample(['a', 'b', 'c', 'd'], 2))
