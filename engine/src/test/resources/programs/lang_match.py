# match statements: literal, capture, wildcard, or, as, sequence with star, mapping with **rest, class patterns
# (positional by __match_args__ of dataclasses and namedtuples, keywords), guards, dotted values; match as a name
from dataclasses import dataclass
from collections import namedtuple
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case int(n) if n > 100:
            return f'big {n}'
        case float() | int():
            return f'number {x}'
        case 'hello' | 'hi':
            return 'greeting'
        case str(s):
            return f'string {s!r}'
        case None:
            return 'none'
        case True:
            return 'true?'
        case []:
            return 'empty list'
        case [a]:
            return f'one item {a}'
        case [a, b]:
            return f'pair {a},{b}'
        case [first, *rest]:
            return f'first {first} rest {rest}'
        case {'type': 'circle', 'r': r}:
            return f'circle {r}'
        case {'type': t, **others}:
            return f'shape {t} {others}'
        case _:
            return 'other'
for v in [0, 2, -1, 500, 7, 2.5, 'hi', 'yo', None, True, [], [1], (1, 2), [1, 2, 3], {'type': 'circle', 'r': 2},
          {'type': 'sq', 'side': 3, 'c': 1}, {1, 2}, range(2)]:
    print(repr(v), '->', describe(v))
@dataclass
class Point:
    x: int
    y: int
P3 = namedtuple('P3', 'a b c')
def where(p):
    match p:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y at {y}'
        case Point(x, 0):
            return f'on x at {x}'
        case Point(x=x, y=y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'somewhere'
        case P3(a, b, c):
            return f'p3 {a} {b} {c}'
        case (x, y) as pair:
            return f'tuple {pair}'
    return 'no match'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), P3(1, 2, 3), (4, 5), 'x']:
    print(where(p))
cmd = 'go north'
match cmd.split():
    case ['go', direction]:
        print('going', direction)
    case ['quit']:
        print('bye')
match 5, 'a':
    case (int(), str()) as t:
        print('int and str', t)
class Color:
    RED = 'red'
    GREEN = 'green'
match 'green':
    case Color.RED:
        print('r')
    case Color.GREEN:
        print('g')
x = 10
match x:
    case 1:
        pass
print(x, direction)
match = 3
print(match * 2)
def match_fn(match):
    return match
print(match_fn(4))
for i in range(4):
    match i:
        case 1:
            continue
        case 3:
            break
    print('i', i)
