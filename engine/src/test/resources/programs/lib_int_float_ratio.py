# bit_length/bit_count/as_integer_ratio of big ints and floats, against CPython 3.11
for n in [2**64, -2**64, -2**63, 2**100 - 1, 3**50, -(3**50), 0, 7]:
    print(n.bit_length(), n.bit_count(), n.conjugate() == n, n.as_integer_ratio() == (n, 1), int.bit_length(n))
for d in [0.1, -0.1, 1e300, 5e-324, -0.0, 2.5, 1e22, 123456.789, -1.5e-300]:
    print(d.as_integer_ratio())
