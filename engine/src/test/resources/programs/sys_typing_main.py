import sys
from typing import List, Optional
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
def total(xs: List[float], start: Optional[float] = None) -> float:
    s: float = 0.0 if start is None else start
    for x in xs:
        s += x
    return s
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
if __name__ == '__main__':
    print(total([1.0, 2.5]), total([1.0], 2), depth(2000))
    print('bye')
    sys.exit(0)
print('not reached')
