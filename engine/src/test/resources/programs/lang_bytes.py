b = b'hello'
print(b, len(b), b[0], b[1:3], list(b)[:2])
print(b.decode(), 'héllo'.encode(), 'héllo'.encode('utf-8').hex())
print(bytes(3), bytes([65, 66]), bytes('abc', 'ascii'), repr(b'\x00\'"\n'))
print(b'ab' + b'cd', b'ab' * 2, b'a' in b'abc', 97 in b'abc')
print(b'abc' == b'abc', type(b).__name__, b'abc'.upper(), b'a,b'.split(b','))
b = b'Hello, World'
print(b.lower(), b.upper(), b.split(b', '), b.find(b'o'), b.count(b'l'), b.replace(b'l', b'L', 2))
print(b.startswith(b'He'), b.endswith((b'x', b'ld')), b.strip(b'Hd'), b'  a b  '.split(), b'  a b  '.strip())
print(b'-'.join([b'a', b'b']), b.hex(), b.hex(':'), bytes.fromhex('de ad be ef'), b.index(b'W'))
print(b[::-1], b[-1], b[2:], bytes(range(65, 70)), bytearray if False else 1)
print(sorted(b'cab'), sum(b'abc'), max(b'abc'), list(reversed(b'ab')))
print(b'a' < b'b', b'abc' != b'abd', {b'x': 1}[b'x'], b'' == b'', bool(b''), len(b''))
print(isinstance(b, bytes), type(b), bytes, str(b'abc', 'ascii'), 'ñ'.encode('latin-1'), 'x'.encode('ascii'))
print('€'.encode(), '😀'.encode(), b'\xf0\x9f\x98\x80'.decode(), len('😀'.encode('utf-8')))
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'), 'é'.encode('ascii', 'replace'))
print(repr(b"it's"), repr(b'"q"'), repr(b'\t\r\\'), b'%d' if False else 0, f'{b}', f'{b!r}', '%s' % b)
for x in b'hi':
    print(x, end=' ')
print()
print(b'ab' * 3, 3 * b'ab', b'x' in b'xyz', 120 in b'xyz', [c for c in b'AB'])
print(b'abc'.decode('utf-8'), bytes(b'abc'), bytes([]), bytes(), b'a' 
      b'b', rb'\n', br'\d')
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xe9t\xe9'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    bytes('abc')
except TypeError as e:
    print(e)
try:
    b'abc'[5]
except IndexError as e:
    print(e)
try:
    'x'.encode('foo')
except LookupError as e:
    print(e)
print(b'a,b,,c'.split(b','), b'line1\nline2\r\n'.splitlines(), b'abc'.title(), b'x'.center(5, b'*'), b'42'.zfill(5))
print(b'abc'.isalpha(), b'123'.isdigit(), b'Ab'.isupper(), b'  '.isspace(), b'a1'.isalnum())
print(hash(b'abc') == hash(b'abc'), b'abc'.partition(b'b'), b'q'.decode())
