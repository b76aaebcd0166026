# time (clocks, sleep moving them on without blocking) and bisect (left/right, insort, key=, lo/hi)
import time, bisect
t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.02)
print(time.time() - t0 >= 0.02, time.perf_counter() - p0 >= 0.02, type(time.time_ns()).__name__, time.monotonic() > 0)
start = time.perf_counter()
total = sum(i * i for i in range(1000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, f'{elapsed:.0f}' in ('0', '1'))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 4), bisect.bisect_left(xs, 0), bisect.bisect(xs, 99))
bisect.insort(xs, 4); bisect.insort_left(xs, 3); print(xs)
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right([1, 2, 3], 2, 0, 2))
bisect.insort(recs, ('x', 6), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
