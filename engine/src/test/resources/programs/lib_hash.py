# hash() of numbers and tuples: CPython 3.11 numeric hash (modulus 2**61-1) and tuple hash
for v in [0, 1, -1, -2, 2**61-1, 2**61, -2**61, 9223372036854775807, -9223372036854775807-1, 1.5, -1.5, 0.1, 1e300, -1e-300, 5e-324, float('inf'), -float('inf'), 2.0, -0.0, 1e20, True, (1, 2), (), (1.5, (2, -1)), (-1,)]:
    print(repr(v), hash(v))
