# str methods and identifiers on ASCII and non-ASCII text (engine.Chars instead of java.lang.Character)
α = 2.0
λ_1 = α * 3
Жук = 'beetle'
naïve = 1
print(α, λ_1, Жук, naïve)
def show(s):
    return s if all(32 <= ord(c) < 127 for c in s) else '<' + ' '.join('%04x' % ord(c) for c in s) + '>'


words = ['abc', 'ABC', 'Abc', 'a1', '123', '', ' ', 'a b', 'é', 'É', 'ß', 'straße', 'Ж', 'жук', 'α', 'Ω',
         '中文', 'ª', 'ǅ', '٣٤', '\u3000', '\u2003x\u2003', 'x_y', 'MLP2', 'İ', 'ſ', '\u212a']
for w in words:
    print(show(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.isupper(), w.islower(),
          show(w.upper()), show(w.lower()), show(w.strip()))
for w in ['abc def', 'ABC', 'a1b2', 'élan vital', 'жук Жук', 'αβγ', 'x_y', 'ſ', '\u212aelvin', 'İ']:
    print(show(w.title()), show(w.capitalize()))
print('  élan vital\u2003'.split(), 'élan\u3000vital'.split())
print(0xff, 0XAB, 0x1F + 1, int('ff', 16), int('Z', 36))
print(f'{"x":>5}|{3:04d}|{2.5:8.3f}|', '%5s|%-4d|%06.2f' % ('ab', 7, 3.14159))
