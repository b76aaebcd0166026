package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;

/**
 * bytes: a class written in Python over a str of code points 0-255 (one per byte), so its protocols (len,
 * index, slice, iteration, +, *, comparisons, hash, repr) are the interpreter's own for objects, with no new
 * case in the execution core; the codecs (str.encode, bytes.decode: UTF-8, ASCII, Latin-1) are Java.
 */
final class Bytes {
    private Bytes() {
    }

    /** The builtin name b'...' literals call (see Parser): a user's own {@code bytes} does not change them. */
    static final String LITERAL = "__bytes_literal__";

    static final String SRC = """
class bytes:
    def __init__(self, source=_NO, encoding=None, errors=None):
        if source is _NO:
            if encoding is not None or errors is not None:
                raise TypeError('encoding or errors without sequence argument')
            self._s = ''
        elif isinstance(source, str):
            if encoding is None:
                raise TypeError('string argument without an encoding')
            self._s = _encode(source, encoding, 'strict' if errors is None else errors)
        elif encoding is not None or errors is not None:
            raise TypeError(('encoding' if encoding is not None else 'errors') + ' without a string argument')
        elif isinstance(source, bytes):
            self._s = source._s
        elif isinstance(source, int):
            if source < 0:
                raise ValueError('negative count')
            self._s = '\\0' * source
        elif isinstance(source, float):
            raise TypeError("cannot convert 'float' object to bytes")
        else:
            try:
                it = iter(source)
            except TypeError:
                raise TypeError("cannot convert '" + type(source).__name__ + "' object to bytes") from None
            self._s = _of_ints(it)
    @classmethod
    def fromhex(cls, s):
        return _mk(_fromhex(s))
    def __repr__(self):
        return _repr(self._s)
    def __len__(self):
        return len(self._s)
    def __bool__(self):
        return len(self._s) > 0
    def __iter__(self):
        return iter([ord(c) for c in self._s])
    def __getitem__(self, i):
        if isinstance(i, slice):
            return _mk(self._s[i])
        if not isinstance(i, int):
            raise TypeError('byte indices must be integers or slices, not ' + type(i).__name__)
        if i < -len(self._s) or i >= len(self._s):
            raise IndexError('index out of range')
        return ord(self._s[i])
    def __contains__(self, x):
        if isinstance(x, int):
            if not 0 <= x < 256:
                raise ValueError('byte must be in range(0, 256)')
            return chr(x) in self._s
        return _arg(x) in self._s
    def __eq__(self, other):
        if isinstance(other, bytes):
            return self._s == other._s
        return NotImplemented
    def __ne__(self, other):
        if isinstance(other, bytes):
            return self._s != other._s
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, bytes):
            return self._s < other._s
        return NotImplemented
    def __le__(self, other):
        if isinstance(other, bytes):
            return self._s <= other._s
        return NotImplemented
    def __gt__(self, other):
        if isinstance(other, bytes):
            return self._s > other._s
        return NotImplemented
    def __ge__(self, other):
        if isinstance(other, bytes):
            return self._s >= other._s
        return NotImplemented
    def __hash__(self):
        return hash(self._s)
    def __add__(self, other):
        if not isinstance(other, bytes):
            raise TypeError("can't concat " + type(other).__name__ + ' to bytes')
        return _mk(self._s + other._s)
    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '" + type(n).__name__ + "'")
        return _mk(self._s * n)
    def __rmul__(self, n):
        return self.__mul__(n)
    def __mod__(self, args):
        return NotImplemented
    def decode(self, encoding='utf-8', errors='strict'):
        return _decode(self._s, encoding, errors)
    def hex(self, sep=None, bytes_per_sep=1):
        h = ''.join(['0123456789abcdef'[ord(c) >> 4] + '0123456789abcdef'[ord(c) & 15] for c in self._s])
        if sep is None or not h:
            return h
        sep = sep if isinstance(sep, str) else sep.decode()
        n = 2 * abs(bytes_per_sep)
        if bytes_per_sep > 0:
            parts = [h[max(0, i - n):i] for i in range(len(h), 0, -n)][::-1]
        else:
            parts = [h[i:i + n] for i in range(0, len(h), n)]
        return sep.join(parts)
    def count(self, sub, *args):
        return self._s.count(_arg(sub), *args)
    def find(self, sub, *args):
        return self._s.find(_arg(sub), *args)
    def rfind(self, sub, *args):
        return self._s.rfind(_arg(sub), *args)
    def index(self, sub, *args):
        i = self._s.find(_arg(sub), *args)
        if i < 0:
            raise ValueError('subsection not found')
        return i
    def rindex(self, sub, *args):
        i = self._s.rfind(_arg(sub), *args)
        if i < 0:
            raise ValueError('subsection not found')
        return i
    def startswith(self, prefix, *args):
        if isinstance(prefix, tuple):
            return any(self.startswith(p, *args) for p in prefix)
        return self._s.startswith(_arg(prefix, 'startswith first arg must be bytes or a tuple of bytes, not '), *args)
    def endswith(self, suffix, *args):
        if isinstance(suffix, tuple):
            return any(self.endswith(p, *args) for p in suffix)
        return self._s.endswith(_arg(suffix, 'endswith first arg must be bytes or a tuple of bytes, not '), *args)
    def replace(self, old, new, count=-1):
        return _mk(self._s.replace(_arg(old), _arg(new), count))
    def split(self, sep=None, maxsplit=-1):
        if sep is None:
            return _wsplit(self._s, maxsplit)
        return [_mk(p) for p in self._s.split(_arg(sep), maxsplit)]
    def rsplit(self, sep=None, maxsplit=-1):
        if sep is None:
            return self.split(None, maxsplit) if maxsplit < 0 else [_mk(p) for p in _wrsplit(self._s, maxsplit)]
        return [_mk(p) for p in self._s.rsplit(_arg(sep), maxsplit)]
    def join(self, parts):
        out = []
        for i, p in enumerate(parts):
            if not isinstance(p, bytes):
                raise TypeError('sequence item ' + str(i) + ': expected a bytes-like object, ' + type(p).__name__ + ' found')
            out.append(p._s)
        return _mk(self._s.join(out))
    def strip(self, chars=None):
        return _mk(self._s.strip(_WS if chars is None else _arg(chars)))
    def lstrip(self, chars=None):
        return _mk(self._s.lstrip(_WS if chars is None else _arg(chars)))
    def rstrip(self, chars=None):
        return _mk(self._s.rstrip(_WS if chars is None else _arg(chars)))
    def partition(self, sep):
        return tuple(_mk(p) for p in self._s.partition(_arg(sep)))
    def rpartition(self, sep):
        return tuple(_mk(p) for p in self._s.rpartition(_arg(sep)))
    def upper(self):
        return _mk(''.join([c.upper() if 'a' <= c <= 'z' else c for c in self._s]))
    def lower(self):
        return _mk(''.join([c.lower() if 'A' <= c <= 'Z' else c for c in self._s]))
    def swapcase(self):
        return _mk(''.join([c.swapcase() if c.isascii() else c for c in self._s]))
    def capitalize(self):
        return self[:1].upper() + self[1:].lower()
    def title(self):
        return _mk(_title(self._s))
    def isdigit(self):
        return len(self._s) > 0 and all('0' <= c <= '9' for c in self._s)
    def isalpha(self):
        return len(self._s) > 0 and all('a' <= c <= 'z' or 'A' <= c <= 'Z' for c in self._s)
    def isalnum(self):
        return len(self._s) > 0 and all('a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9' for c in self._s)
    def isspace(self):
        return len(self._s) > 0 and all(c in _WS for c in self._s)
    def isupper(self):
        return any('A' <= c <= 'Z' for c in self._s) and not any('a' <= c <= 'z' for c in self._s)
    def islower(self):
        return any('a' <= c <= 'z' for c in self._s) and not any('A' <= c <= 'Z' for c in self._s)
    def isascii(self):
        return all(ord(c) < 128 for c in self._s)
    def center(self, width, fill=None):
        return _mk(self._s.center(width, ' ' if fill is None else _arg(fill)))
    def ljust(self, width, fill=None):
        return _mk(self._s.ljust(width, ' ' if fill is None else _arg(fill)))
    def rjust(self, width, fill=None):
        return _mk(self._s.rjust(width, ' ' if fill is None else _arg(fill)))
    def zfill(self, width):
        return _mk(self._s.zfill(width))
    def removeprefix(self, p):
        return _mk(self._s.removeprefix(_arg(p)))
    def removesuffix(self, p):
        return _mk(self._s.removesuffix(_arg(p)))
    def splitlines(self, keepends=False):
        return [_mk(p) for p in _lines(self._s, keepends)]


_WS = ' \\t\\n\\r\\x0b\\x0c'


def _wsplit(s, maxsplit):
    out = []
    i = 0
    n = len(s)
    while True:
        while i < n and s[i] in _WS:
            i += 1
        if i >= n:
            return out
        if maxsplit == 0:
            out.append(_mk(s[i:].rstrip(_WS)))
            return out
        j = i
        while j < n and s[j] not in _WS:
            j += 1
        out.append(_mk(s[i:j]))
        maxsplit -= 1
        i = j


def _wrsplit(s, maxsplit):
    return [p[::-1] for p in [x._s for x in _wsplit(s[::-1], maxsplit)]][::-1]


def _title(s):
    out = []
    prev = False
    for c in s:
        letter = 'a' <= c <= 'z' or 'A' <= c <= 'Z'
        out.append((c.lower() if prev else c.upper()) if letter else c)
        prev = letter
    return ''.join(out)


def _lines(s, keepends):
    out = []
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '\\n' or c == '\\r':
            end = i
            if c == '\\r' and i + 1 < n and s[i + 1] == '\\n':
                i += 1
            out.append(s[start:i + 1 if keepends else end])
            start = i + 1
        i += 1
    if start < n:
        out.append(s[start:])
    return out


def _arg(x, msg="a bytes-like object is required, not "):
    if isinstance(x, bytes):
        return x._s
    raise TypeError(msg + "'" + type(x).__name__ + "'")


def _mk(s):
    b = bytes()
    b._s = s
    return b
""";

    private static java.util.List<Ast.Stmt> ast; // parsed once per JVM or page

    /** Makes the bytes class on first use: most programs never use bytes, and its source takes start-up time. */
    static final class Loader implements Globals.Lazy {
        private final Interp in;
        private boolean busy;

        Loader(Interp in) {
            this.in = in;
        }

        @Override
        public void load() {
            if (!busy) {
                busy = true;
                install(in);
            }
        }
    }

    /** The bytes class of this interpreter, built from {@link #SRC} (its steps are not the program's). */
    static void install(Interp in) {
        PyModule scope = new PyModule("builtins");
        scope.attrs.put("_NO", new Object[0]); // a marker no program can pass
        scope.attrs.put("_encode", new PyBuiltin("_encode", (in2, a, kn, kv, at) -> encode(in2, (String) a[0], a[1], a[2], at)));
        scope.attrs.put("_decode", new PyBuiltin("_decode", (in2, a, kn, kv, at) -> decode(in2, (String) a[0], a[1], a[2], at)));
        scope.attrs.put("_repr", new PyBuiltin("_repr", (in2, a, kn, kv, at) -> repr((String) a[0])));
        scope.attrs.put("_of_ints", new PyBuiltin("_of_ints", (in2, a, kn, kv, at) -> ofInts(in2, a[0], at)));
        scope.attrs.put("_fromhex", new PyBuiltin("_fromhex", (in2, a, kn, kv, at) -> fromHex(in2, a[0], at)));
        long steps = in.steps;
        in.steps = 0; // made in the middle of a program: not charged to it, as at start
        java.util.LinkedHashMap<String, Object> g;
        try {
            if (ast == null) {
                ast = Parser.parse(SRC, true);
            }
            g = Preludes.exec(in, ast, scope);
        } finally {
            in.steps = steps;
        }
        PyClass made = (PyClass) g.get("bytes");
        PyClass c = new PyClass("bytes", new PyClass[0], made.dict, "builtins"); // builtins.bytes, as CPython names it
        c.in = in;
        g.put("bytes", c); // the methods see this class (isinstance, bytes())
        in.builtins.put("bytes", c);
        in.builtins.put(LITERAL, c);
    }

    /** A new bytes object holding s (code points 0-255). */
    static Object make(Interp in, String s, Node at) {
        return in.call(in.builtins.get(LITERAL), new Object[] {s, "latin-1"}, Interp.NO_NAMES, Interp.NO_ARGS, at);
    }

    /** The bytes of a bytes object as a str of code points 0-255, or null if o is no bytes object. */
    static String of(Object o) {
        if (o instanceof PyObj && ((PyObj) o).attrs.get("_s") instanceof String) {
            for (PyClass k : ((PyObj) o).cls.mro) {
                if (k.name.equals("bytes") && k.module.equals("builtins")) {
                    return (String) ((PyObj) o).attrs.get("_s");
                }
            }
        }
        return null;
    }

    private static String codec(Interp in, Object enc, Node at) {
        if (!(enc instanceof String)) {
            throw in.error("TypeError", "encode() argument 'encoding' must be str, not " + in.typeName(enc), at);
        }
        String e = ((String) enc).toLowerCase().replace('_', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8":
                return "utf-8";
            case "ascii": case "us-ascii":
                return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": case "latin":
                return "latin-1";
            default:
                throw in.error("LookupError", "unknown encoding: " + (String) enc, at);
        }
    }

    private static String errors(Interp in, Object err, Node at) {
        if (!(err instanceof String)) {
            throw in.error("TypeError", "encode() argument 'errors' must be str, not " + in.typeName(err), at);
        }
        return (String) err;
    }

    /** str.encode: the bytes (as code points 0-255) of s in the codec. */
    static String encode(Interp in, String s, Object enc, Object err, Node at) {
        String codec = codec(in, enc, at);
        String errors = errors(in, err, at);
        StringBuilder sb = new StringBuilder();
        int pos = 0; // in code points, for the message
        for (int i = 0; i < s.length(); i++, pos++) {
            int cp = s.charAt(i);
            if (Character.isHighSurrogate((char) cp) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint((char) cp, s.charAt(++i));
            }
            int limit = codec.equals("ascii") ? 128 : codec.equals("latin-1") ? 256 : 0x110000;
            boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
            if (cp >= limit || surrogate && codec.equals("utf-8")) {
                if (errors.equals("ignore")) {
                    continue;
                }
                if (errors.equals("replace")) {
                    sb.append('?');
                    continue;
                }
                throw in.error("UnicodeEncodeError", "'" + codec + "' codec can't encode character '" + escape(cp)
                        + "' in position " + pos + ": " + (surrogate ? "surrogates not allowed" : "ordinal not in range(" + limit + ")"), at);
            }
            if (!codec.equals("utf-8") || cp < 0x80) {
                sb.append((char) cp);
            } else if (cp < 0x800) {
                sb.append((char) (0xC0 | cp >> 6)).append((char) (0x80 | cp & 0x3F));
            } else if (cp < 0x10000) {
                sb.append((char) (0xE0 | cp >> 12)).append((char) (0x80 | cp >> 6 & 0x3F)).append((char) (0x80 | cp & 0x3F));
            } else {
                sb.append((char) (0xF0 | cp >> 18)).append((char) (0x80 | cp >> 12 & 0x3F)).append((char) (0x80 | cp >> 6 & 0x3F))
                        .append((char) (0x80 | cp & 0x3F));
            }
        }
        in.work(sb.length(), at);
        return sb.toString();
    }

    /** bytes.decode: the text of b (code points 0-255) in the codec. */
    static String decode(Interp in, String b, Object enc, Object err, Node at) {
        String codec = codec(in, enc, at);
        String errors = errors(in, err, at);
        StringBuilder sb = new StringBuilder();
        int n = b.length();
        for (int i = 0; i < n; ) {
            int c = b.charAt(i);
            if (c < 0x80 || codec.equals("latin-1")) {
                sb.append((char) c);
                i++;
                continue;
            }
            String why;
            int len = 1; // bytes the fault spans
            if (codec.equals("ascii")) {
                why = "ordinal not in range(128)";
            } else {
                int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                why = "invalid start byte";
                if (need > 0) {
                    int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
                    int k = 1;
                    for (; k <= need && i + k < n; k++) {
                        int d = b.charAt(i + k);
                        int lo = 0x80;
                        int hi = 0xBF;
                        if (k == 1) { // the second byte's range excludes overlongs and surrogates, as CPython checks it
                            lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
                            hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
                        }
                        if (d < lo || d > hi) {
                            break;
                        }
                        cp = cp << 6 | d & 0x3F;
                    }
                    if (k > need) {
                        sb.appendCodePoint(cp);
                        i += need + 1;
                        continue;
                    }
                    len = k;
                    why = i + k >= n ? "unexpected end of data" : "invalid continuation byte";
                }
            }
            if (errors.equals("ignore")) {
                i += len;
                continue;
            }
            if (errors.equals("replace")) {
                sb.append('\uFFFD');
                i += len;
                continue;
            }
            String where = len > 1 ? "s in position " + i + "-" + (i + len - 1) : " 0x" + hex2(c) + " in position " + i;
            throw in.error("UnicodeDecodeError", "'" + codec + "' codec can't decode byte" + where + ": " + why, at);
        }
        return sb.toString();
    }

    /** A code point as CPython's messages show it: \\xe9, \\u20ac, \\U0001f600. */
    private static String escape(int cp) {
        String h = Integer.toHexString(cp);
        int w = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        StringBuilder sb = new StringBuilder(w == 2 ? "\\x" : w == 4 ? "\\u" : "\\U");
        for (int i = h.length(); i < w; i++) {
            sb.append('0');
        }
        return sb.append(h).toString();
    }

    private static String hex2(int c) {
        return "" + "0123456789abcdef".charAt(c >> 4 & 15) + "0123456789abcdef".charAt(c & 15);
    }

    /** repr of bytes: b'...' with CPython's quote choice and escapes. */
    static String repr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 32 || c >= 127) {
                sb.append("\\x").append(hex2(c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }

    /** bytes(iterable of ints). */
    private static String ofInts(Interp in, Object it, Node at) {
        StringBuilder sb = new StringBuilder();
        for (Object o : in.toList(it, at)) {
            if (!(o instanceof Long || o instanceof Boolean || o instanceof BigInt)) {
                throw in.error("TypeError", "'" + in.typeName(o) + "' object cannot be interpreted as an integer", at);
            }
            long v = o instanceof Boolean ? ((Boolean) o ? 1 : 0) : o instanceof Long ? (Long) o : -1;
            if (v < 0 || v > 255) {
                throw in.error("ValueError", "bytes must be in range(0, 256)", at);
            }
            sb.append((char) v);
        }
        return sb.toString();
    }

    /** bytes.fromhex: pairs of hex digits, spaces between pairs allowed. */
    private static String fromHex(Interp in, Object o, Node at) {
        if (!(o instanceof String)) {
            throw in.error("TypeError", "fromhex() argument must be str, not " + in.typeName(o), at);
        }
        String s = (String) o;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f') {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || lo < 0 || c > 127 || s.charAt(i + 1) > 127) {
                int at2 = hi < 0 || c > 127 ? i : i + 1;
                throw in.error("ValueError", "non-hexadecimal number found in fromhex() arg at position " + at2, at);
            }
            sb.append((char) (hi * 16 + lo));
            i += 2;
        }
        return sb.toString();
    }
}
