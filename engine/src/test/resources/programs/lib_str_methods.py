# str methods (issue 14): splitting, partition, case, prefixes, find ranges, translate; and their errors
print(' a b c '.split(None, 1), ' a b c '.rsplit(None, 1), 'a,b,,c'.rsplit(',', 2), ''.split(','), ''.rsplit())
print('a b  c'.rsplit(), 'x--y--z'.rsplit('--'), 'x--y--z'.rsplit('--', 1), 'aaa'.rsplit('aa'))
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'abc'.partition('z'), 'abc'.rpartition('z'))
print('Hello World ß'.swapcase(), 'test_file.py'.removeprefix('test_'), 'test_file.py'.removesuffix('.py'), 'ab'.removeprefix('x'))
print('abcabc'.find('c', 3), 'abc'.find('', 5), 'abc'.find('', 3), 'abc'.count('', 1), 'abc'.count('', 5))
print('abcabc'.rfind('a', 0, 3), 'abcabc'.rindex('b'), 'abcabc'.index('c', -2), 'abcabc'.count('b', 2), 'aaaa'.count('aa'))
print('a\tbc\t\nx\ty'.expandtabs(), 'a\tb'.expandtabs(4), 'Hello World'.istitle(), 'ABC'.istitle(), 'Ab Cd1'.istitle())
print('_a1'.isidentifier(), '1a'.isidentifier(), 'abc'.isascii(), 'é'.isascii(), 'a\n'.isprintable(), 'ab '.isprintable())
print('123'.isdecimal(), '12a'.isnumeric(), 'ÉCOLE'.casefold(), 'Straße'.casefold())
print('abc'.startswith('b', 1), 'abc'.endswith('b', 0, 2), 'abc'.startswith(('x', 'a')), 'abc'.startswith('', 4))
print('a\r\nb\rc\nd\x0be\x0c'.splitlines(), 'a\r\nb\n'.splitlines(True), 'x'.splitlines(keepends=True), ''.splitlines())
table = str.maketrans('abc', 'xyz', '!')
print(sorted(table.items()), 'a!b!c!d'.translate(table))
print('hello, world!'.translate(str.maketrans('', '', ',!')), 'abc'.translate({97: 'AA', 98: None}))
print('{x}-{y}'.format_map({'x': 1, 'y': 'two'}))
print(sorted(['b', 'A', 'c', 'B'], key=str.lower), list(map(str.upper, ['a', 'b'])), str.join('-', 'abc'))
print(str.format('{}+{}', 1, 2), str.split('a b'), dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print(int.bit_length(255), (255).bit_length(), (-1).bit_length(), (0).bit_length(), (7).bit_count(), True.bit_length())
print((2.0).is_integer(), (2.5).is_integer(), float.is_integer(3.0), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print((5).as_integer_ratio(), (3).conjugate(), (1.5).conjugate())
d = {'a': 1, 'b': 2, 'c': 3}
print(d.popitem(), d)
s = {1, 2, 3}
print(s.isdisjoint({4, 5}), s.isdisjoint([3]), sorted(s.symmetric_difference([3, 4])))
s.intersection_update({1, 2, 9}, [2, 1])
print(sorted(s))
s.difference_update([1])
print(s)
s.symmetric_difference_update({2, 7})
print(s)
for f in [lambda: 'abc'.startswith(1), lambda: 'abc'.partition(''), lambda: 'abc'.partition(1),
          lambda: 'abc'.removeprefix(1), lambda: 'abc'.find(1), lambda: 'abc'.split(1), lambda: 'abc'.rindex('x'),
          lambda: 'abc'.join([1]), lambda: 'abc'.strip(1), lambda: str.lower(5), lambda: str.lower(),
          lambda: {}.popitem(), lambda: str.maketrans('ab', 'c'), lambda: str.maketrans(1),
          lambda: (1.5).as_integer_ratio() and float('nan').as_integer_ratio(), lambda: float('inf').as_integer_ratio(),
          lambda: 'abc'.startswith(('a', 1)), lambda: chr(-1), lambda: chr(0x110000)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(chr(65), chr(233))
