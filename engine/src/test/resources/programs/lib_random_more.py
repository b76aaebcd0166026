# random (issue 14): seeds of str/float/negative int, Random instances, choices with weights, the variates
import random
for s in ['hello', '', 'é€😀', 'a' * 200, 1.5, -7, 0.0, 12345678901234]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randint(1, 100))
random.seed(42)
print(random.choices('abc', weights=[1, 2, 7], k=8), random.choices(range(5), cum_weights=[1, 1, 3, 3, 10], k=5))
print(random.choices([10, 20, 30], [0.5, 0.25, 0.25]), random.choices('xy', k=4))
print(random.expovariate(2.0), random.expovariate(lambd=0.5), random.triangular(), random.triangular(1, 10, 2), random.triangular(5, 5))
print(random.betavariate(2, 3), random.gammavariate(0.5, 2), random.gammavariate(1.0, 3), random.gammavariate(4.5, 1))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0.0, 0.0), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.sample(range(10**9), 3), random.sample(range(5, 50, 5), 4), random.sample(range(100), 30)[:5])
r = random.Random(7)
r2 = random.Random('seven')
print(r.random(), r.randint(1, 6), r.choice('abc'), r2.random(), r2.gauss(0, 1), random.Random(7).random() == random.Random(7).random())
print(random.random())
for f in [lambda: random.choices('ab', [1]), lambda: random.choices('ab', [0, 0]), lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]),
          lambda: random.choices('ab', 2), lambda: random.gammavariate(0, 1), lambda: random.seed([1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
