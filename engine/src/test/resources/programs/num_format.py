# format(), f-strings and %-formatting of floats, ints and bools, character for character as CPython 3.11
floats = [0.0, -0.0, 2.0, 1.5, 2.5, -2.675, 0.1, 1 / 3, 123456.789, -1234567.891, 1e16, 1e-5, 0.00012345,
          5e-324, 1.7976931348623157e308, 9.999999e22, 1e100, float('inf'), float('-inf'), float('nan')]
fspecs = ['', '.1', '.0', '.3', '.17', 'e', '.0e', '.3e', 'E', 'f', '.0f', '.2f', 'F', 'g', '.3g', '#g', '#.0f',
          '#.0e', 'G', '.2G', 'n', '.2n', '%', '.1%', ',', '_', ',.2f', '_.3f', '010,.2f', '012_.1f', 'z.1f',
          'z.0f', '+.2f', ' .2e', '=+12.3f', '*^15.4e', '>10', '<10', '^11.2', '012', '0=12.1f', 'x<+9.1%', 'd', '.2s']
for x in floats:
    row = []
    for s in fspecs:
        try:
            row.append(format(x, s))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(x), '|'.join(row))

ints = [0, 7, -7, 42, 255, 1234567, -1234567890123, 2 ** 53 + 1, 2 ** 62, -2 ** 62 * 2, 9223372036854775807, True, False]
ispecs = ['', 'd', 'n', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', ',', '_', '_b', '_x', '#_x', '010,', '012_d',
          '+d', ' d', '=+10', '*>8', '^9', '<6', 'e', '.2f', '%', 'g', '.3', '.2n', 'z', 'c', 's', '08.3e', ',x']
for n in ints:
    row = []
    for s in ispecs:
        try:
            row.append(format(n, s))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(n), '|'.join(row))

print(f'{2.0:.1}|{1e-7}|{0.1 + 0.2}|{1234.5:,}|{-0.0:z}|{-0.001:z.2f}|{True:>6}|{False:d}|{3:08.3f}')
w, p = 12, 3
print(f'{3.14159:{w}.{p}f}|{255:{"#x"}}|{-5.5:0{w},.{p}f}')

convs = ['%f', '%.0f', '%#.0f', '%e', '%.3E', '%g', '%#g', '%G', '%10.3f', '%-10.3f', '%+.2e', '% g', '%010.2f',
         '%-010.1f', '%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%r', '%s', '%8s', '%-8s|',
         '%.2s', '%x', '%X', '%#x', '%#X', '%o', '%#o', '%08x', '%c', '%5c']
vals = [0.0, -0.0, 2.5, -1234.5678, 1e-5, 1e22, 3.7e20, 0.5, float('inf'), float('nan'), 0, 7, -42, 65, 255,
        9223372036854775807, True, 'x', 'abc', None]
for v in vals:
    row = []
    for c in convs:
        try:
            row.append(c % v)
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), '|'.join(row))
print('%*d|%-*d|%.*f|%*.*e|' % (6, 42, 6, 42, 2, 3.14159, 12, 3, 6.02e23))
print('%(a)s=%(b).3f %(a)r' % {'a': 'k', 'b': 2.0})
print('%d%%' % 50, '%s' % (1.0,), '%s %s' % (1e16, 1e-5), '%.1f' % 0.25, '%.2f' % 2.675, '%.0f' % 0.5, '%.0f' % 1.5)
print('{:.1}|{:,}|{:>8.3e}|{!r:>6}|{:z.1f}|{x:n}'.format(2.0, 1234567, 0.000123, 'a', -0.01, x=-0.01))
print('{0:.3g}/{0:#.3g}/{1:_b}'.format(1.0, 1023))
