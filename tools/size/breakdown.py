#!/usr/bin/env python3
"""Where app.js's bytes go: attributes a non-minified TeaVM build (-Dteavm.minifying=false, same settings
otherwise) to packages and classes, and splits out the string pool and class metadata.

usage: breakdown.py APP_FULL.js [APP_MIN.js]   (prints a Markdown breakdown)
Raw bytes are the non-minified file's; "gz" is each group's text gzip -9'd on its own (a rough share: gzip
is not additive). With APP_MIN.js, the minified file's sections (code, metadata, string pool) are measured too.
"""
import gzip, os, re, sys
from collections import defaultdict

PKG = {'jl': 'java.lang', 'ju': 'java.util', 'jur': 'java.util.regex', 'jt': 'java.text', 'jm': 'java.math',
       'juf': 'java.util.function', 'jus': 'java.util.stream', 'juc': 'java.util.concurrent', 'jn': 'java.nio',
       'ji': 'java.io', 'jlr': 'java.lang.ref', 'jnc': 'java.nio.charset', 'otci': 'TeaVM classlib impl',
       'otcit': 'TeaVM classlib impl (text: DoubleAnalyzer)', 'otji': 'TeaVM JSO impl'}


def gz(s):
    return len(gzip.compress(s.encode(), 9))


def unjs(s):
    """The value of a JS string literal's body."""
    esc = {'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', 'v': '\v', '0': '\0'}
    return re.sub(r'\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)', lambda m: chr(int(m.group(1)[1:], 16))
                  if len(m.group(1)) > 1 else esc.get(m.group(1), m.group(1)), s, flags=re.S)


def pool_strings(pool):
    """The pool's strings; TeaVM writes a long one as "..." + "..." across lines."""
    out, glue = [], False
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"\s*(\+)?', pool, re.S):
        v = unjs(m.group(1))
        if glue:
            out[-1] += v
        else:
            out.append(v)
        glue = m.group(2) is not None
    return out


def sections(text):
    """(code, metadata, pool) of a TeaVM file: the pool is the $rt_stringPool([...]) call, metadata the
    $rt_metadata([...]) calls."""
    starts = [m.start() for m in re.finditer(r'^[\w$]+\(\["', text, re.M)]
    p0 = max(starts, key=lambda i: text.index(']);', i) - i)  # the one long array of strings
    p1 = text.index(']);', p0) + 3
    pool = text[p0:p1]
    rest = text[:p0] + text[p1:]
    calls = re.findall(r'^([\w$]+)\(\[', rest, re.M)
    fn = re.escape(max(set(calls), key=calls.count))  # $rt_metadata, or its minified name
    meta_re = re.compile('^' + fn + r'\(\[.*?\]\);', re.S | re.M)
    meta = ''.join(meta_re.findall(rest))
    return meta_re.sub('', rest), meta, pool


def chunks(code):
    """Top-level declarations: a line starting without indentation, with its body."""
    out, cur, name = [], [], None
    for line in code.split('\n'):
        if line and not line[0].isspace() and not line.startswith('}'):
            if cur:
                out.append((name, '\n'.join(cur)))
            m = re.match(r'(?:function |let |var |const )?([\w$]+)', line)
            name, cur = (m.group(1) if m else '?'), [line]
        else:
            cur.append(line)
    if cur:
        out.append((name, '\n'.join(cur)))
    return out


ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
# dev.backprop.lang and dev.backprop.layout are both "dbl" in TeaVM's names: the source tree tells them apart
OURS = {('db' + os.path.basename(d)[0], os.path.splitext(f)[0]): ('engine ' if '/engine/' in d else '') + os.path.basename(d)
        for d, _, fs in os.walk(ROOT) if '/src/main/java/dev/backprop/' in d for f in fs if f.endswith('.java')}


def cls_of(name):
    m = re.match(r'([a-z]+)_([A-Z][\w$]*?)(?:_[a-z$_][\w$]*)?$', name)
    if not m:
        return ('runtime', '$rt/other')
    pkg, c = m.group(1), m.group(2)
    outer = c.split('$')[0]
    pkg = OURS.get((pkg, outer), PKG.get(pkg, pkg))
    return (pkg, outer if pkg.startswith(('engine', 'web')) else m.group(1) + '_' + outer)


def main():
    full = open(sys.argv[1], encoding='utf-8').read()
    code, meta, pool = sections(full)
    by_pkg, by_cls = defaultdict(list), defaultdict(list)
    for name, body in chunks(code):
        pkg, c = cls_of(name)
        by_pkg[pkg].append(body)
        by_cls[c].append(body)
    total = len(full)
    print(f'non-minified app.js: {total:,} B raw, {gz(full):,} B gzip -9')
    print(f'- code {len(code):,} B ({gz(code):,} gz), class metadata {len(meta):,} B ({gz(meta):,} gz), '
          f'string pool {len(pool):,} B ({gz(pool):,} gz)')
    if len(sys.argv) > 2:
        mini = open(sys.argv[2], encoding='utf-8').read()
        c2, m2, p2 = sections(mini)
        print(f'minified app.js: {len(mini):,} B raw, {gz(mini):,} B gzip -9: code {len(c2):,} ({gz(c2):,} gz), '
              f'metadata {len(m2):,} ({gz(m2):,} gz), string pool {len(p2):,} ({gz(p2):,} gz)')
    print('\n| package | raw B (non-min code) | share | gz alone |\n|---|---:|---:|---:|')
    for pkg, bodies in sorted(by_pkg.items(), key=lambda kv: -sum(map(len, kv[1]))):
        s = '\n'.join(bodies)
        print(f'| {pkg} | {len(s):,} | {100 * len(s) / len(code):.1f}% | {gz(s):,} |')
    print('\n| class (with inner classes and lambdas) | raw B | gz alone |\n|---|---:|---:|')
    for c, bodies in sorted(by_cls.items(), key=lambda kv: -sum(map(len, kv[1])))[:60]:
        s = '\n'.join(bodies)
        print(f'| {c} | {len(s):,} | {gz(s):,} |')
    strings = pool_strings(pool)
    kinds = defaultdict(list)
    for st in strings:
        if len(st) > 200 and re.fullmatch(r'[A-Za-z0-9+/=]+', st):
            kinds['base64 tables (py.LibmData)'].append(st)
        elif st.startswith('# %%') or st.startswith('# ') and '\n' in st:
            kinds['example programs (web Examples)'].append(st)
        elif '\n' in st and re.search(r'^\s*(def|class|import) ', st, re.M):
            kinds['Python preludes (engine)'].append(st)
        elif len(st) > 300:
            kinds['other strings > 300 chars'].append(st)
        else:
            kinds['other strings'].append(st)
    print('\n| pool strings | count | chars | gz alone |\n|---|---:|---:|---:|')
    for k, v in sorted(kinds.items(), key=lambda kv: -sum(map(len, kv[1]))):
        print(f'| {k} | {len(v):,} | {sum(map(len, v)):,} | {gz(chr(0).join(v)):,} |')
    print(f'\nstring pool: {len(strings):,} strings, {sum(map(len, strings)):,} chars; longest:')
    print('\n| chars | gz alone | starts with |\n|---:|---:|---|')
    for st in sorted(strings, key=len, reverse=True)[:20]:
        print(f'| {len(st):,} | {gz(st):,} | `{st[:50]!r}` |')


main()
