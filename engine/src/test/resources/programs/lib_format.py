# '%' and str.format (issue 14): one non-tuple object, field forms, specs, numbering errors
class P:
    def __init__(self): self.x = 3
    def __repr__(self): return 'P()'
    def __str__(self): return 'p!'
print('%s' % P(), '%r' % P(), '%s' % [1, 2], '%d%%' % 5, '%5.2f|%-5d|%05d' % (3.14159, 42, 7), '%x %o %e' % (255, 8, 12345.678))
print('{0} {1} {0}'.format('a', 'b'), '{name}={val:>6.2f}'.format(name='x', val=2.5), '{:,}'.format(1234567), '{:_b}'.format(255))
print('{0.x} {1[0]} {2[k]}'.format(P(), [9], {'k': 'v'}), '{!r} {!s}'.format(P(), P()), '{:*^11}'.format('mid'), '{:+.3e}'.format(-1234.5))
print('{:%}'.format(0.25), '{:.1%}'.format(0.123), '{:#x} {:#o} {:08.3f}'.format(255, 8, -3.14159), '{{}} {}'.format(1), '{:>{w}}'.format('r', w=5))
print(format(3.0, 'g'), format(1e-5, 'g'), format(123456789, ',d'), format(0.1, '.20f'), format(-0.0, '+'), format(True, 'd'), format(5, 'c'))
print(f'{3.14159:.2f} {"s":>3} {10:#b} {1e6:,.0f} {255:X}')
for f in [lambda: '{} {}'.format(1), lambda: '{0} {}'.format(1, 2), lambda: '{:d}'.format(1.5), lambda: '{x}'.format(y=1), lambda: '%d' % 'a', lambda: '%s %s' % (1,)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
