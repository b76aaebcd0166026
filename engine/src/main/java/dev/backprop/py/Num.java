package dev.backprop.py;

import java.util.Arrays;

/**
 * Python's float text, exactly: {@code repr}, {@code '%.Nf'}, {@code format(x, spec)}, {@code round} and
 * {@code float('...')}, giving the same characters as CPython on the JVM and under TeaVM.
 *
 * <p>Why not the platform: {@code Double.toString} differs between the JVM, TeaVM and Python,
 * {@code String.format} is large and throws under TeaVM, and TeaVM's {@code parseDouble} is not proven
 * correctly rounded. Everything here is exact arithmetic on a small bignum ({@link Big}): shortest digits
 * by Steele-White/Burger-Dybvig (as CPython's dtoa mode 0), fixed digits from the exact binary value
 * rounded half-even, and decimal to binary by exact division.
 */
public final class Num {
    private Num() {
    }

    // ======================================================================================
    // repr
    // ======================================================================================

    /** Python's {@code repr(float)} (and {@code str}): the shortest text that reads back to the same double. */
    public static String repr(double x) {
        if (x != x) {
            return "nan";
        }
        if (x == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        boolean neg = (Double.doubleToRawLongBits(x) < 0);
        double ax = Math.abs(x);
        if (ax < 9007199254740992.0 && ax == (long) ax) {
            // an integer below 2^53: its own digits are the shortest round trip
            return (neg ? "-" : "") + (long) ax + ".0";
        }
        Digits d = shortest(ax);
        StringBuilder sb = new StringBuilder(24);
        if (neg) {
            sb.append('-');
        }
        if (d.decpt <= -4 || d.decpt > 16) {
            sci(sb, d.digits, d.decpt - 1, -1, false);
        } else {
            plain(sb, d.digits, d.decpt, -1, true);
        }
        return sb.toString();
    }

    /** Decimal digits (no leading or trailing zeros, "0" for zero) and the point: value = 0.DIGITS * 10^decpt. */
    private record Digits(String digits, int decpt) {
    }

    /** Shortest digits that round-trip, closest to x when several (Burger and Dybvig's free-format). x > 0. */
    private static Digits shortest(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) (bits >>> 52) & 0x7ff;
        long f = bits & 0xfffffffffffffL;
        int e;
        if (be == 0) {
            e = -1074;
        } else {
            f |= 1L << 52;
            e = be - 1075;
        }
        boolean even = (f & 1) == 0;
        boolean asym = f == (1L << 52) && be > 1; // lower neighbour is closer (power of two)
        Big r;
        Big s;
        Big mp;
        Big mm;
        if (e >= 0) {
            if (!asym) {
                r = Big.of(f).shl(e + 1);
                s = Big.of(2);
                mp = Big.of(1).shl(e);
                mm = Big.of(1).shl(e);
            } else {
                r = Big.of(f).shl(e + 2);
                s = Big.of(4);
                mp = Big.of(1).shl(e + 1);
                mm = Big.of(1).shl(e);
            }
        } else {
            if (!asym) {
                r = Big.of(f).shl(1);
                s = Big.of(1).shl(1 - e);
                mp = Big.of(1);
                mm = Big.of(1);
            } else {
                r = Big.of(f).shl(2);
                s = Big.of(1).shl(2 - e);
                mp = Big.of(2);
                mm = Big.of(1);
            }
        }
        int bl = 64 - Long.numberOfLeadingZeros(f);
        int k = (int) Math.ceil((e + bl - 1) * 0.30102999566398114 - 1e-10);
        if (k >= 0) {
            s.mulPow10(k);
        } else {
            r.mulPow10(-k);
            mp.mulPow10(-k);
            mm.mulPow10(-k);
        }
        // fix the estimate: the high end of the interval must be below s (k is never too big)
        while (true) {
            int c = Big.cmp(Big.add(r, mp), s);
            if (c > 0 || (even && c == 0)) {
                s.mulSmall(10);
                k++;
            } else {
                break;
            }
        }
        StringBuilder out = new StringBuilder(20);
        while (true) {
            r.mulSmall(10);
            mp.mulSmall(10);
            mm.mulSmall(10);
            int dgt = 0;
            while (Big.cmp(r, s) >= 0) {
                r.sub(s);
                dgt++;
            }
            int c1 = Big.cmp(r, mm);
            boolean low = c1 < 0 || (even && c1 == 0);
            int c2 = Big.cmp(Big.add(r, mp), s);
            boolean high = c2 > 0 || (even && c2 == 0);
            if (!low && !high) {
                out.append((char) ('0' + dgt));
                continue;
            }
            if (low && high) {
                int c = Big.cmp(r.copy().shl(1), s);
                if (c > 0 || (c == 0 && (dgt & 1) == 1)) {
                    dgt++;
                }
            } else if (high) {
                dgt++;
            }
            out.append((char) ('0' + dgt));
            break;
        }
        return new Digits(out.toString(), k);
    }

    /** The exact decimal value of x > 0 (every double is a finite decimal). */
    private static Digits exact(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) (bits >>> 52) & 0x7ff;
        long f = bits & 0xfffffffffffffL;
        int e;
        if (be == 0) {
            e = -1074;
        } else {
            f |= 1L << 52;
            e = be - 1075;
        }
        int tz = Long.numberOfTrailingZeros(f);
        f >>>= tz;
        e += tz;
        String ds;
        int decpt;
        if (e >= 0) {
            ds = Big.of(f).shl(e).toDecimal();
            decpt = ds.length();
        } else {
            Big m = Big.of(f);
            m.mulPow5(-e);
            ds = m.toDecimal();
            decpt = ds.length() + e;
        }
        int end = ds.length();
        while (end > 1 && ds.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(ds.substring(0, end), decpt);
    }

    /**
     * Digits of x > 0 rounded half-even (on the exact value) to {@code n} digits in all, or to the
     * digit at position {@code decpt + n} when {@code afterPoint}. May return "0" with decpt = position.
     */
    private static Digits rounded(double x, int n, boolean afterPoint) {
        Digits ex = exact(x);
        int keep = afterPoint ? ex.decpt + n : n;
        String d = ex.digits;
        if (keep >= d.length()) {
            return ex;
        }
        if (keep < 0) {
            return new Digits("0", 0); // below half a unit of the last place
        }
        boolean up;
        char next = d.charAt(keep);
        if (next > '5') {
            up = true;
        } else if (next < '5') {
            up = false;
        } else if (keep + 1 < d.length()) {
            up = true; // digits are trimmed: something non-zero follows
        } else {
            up = keep > 0 && ((d.charAt(keep - 1) - '0') & 1) == 1;
        }
        char[] c = d.substring(0, keep).toCharArray();
        int decpt = ex.decpt;
        if (up) {
            int i = keep - 1;
            while (i >= 0 && c[i] == '9') {
                c[i] = '0';
                i--;
            }
            if (i >= 0) {
                c[i]++;
            } else {
                char[] c2 = new char[keep + 1];
                c2[0] = '1';
                System.arraycopy(c, 0, c2, 1, keep);
                c = c2;
                decpt++;
            }
        }
        String s = new String(c);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        if (end == 0) {
            return new Digits("0", decpt);
        }
        return new Digits(s.substring(0, end), decpt);
    }

    /** Appends 0.DIGITS*10^decpt in plain notation with exactly {@code decimals} places (-1: as many as needed, at least one). */
    private static void plain(StringBuilder sb, String digits, int decpt, int decimals, boolean dotZero) {
        boolean zero = digits.equals("0");
        if (decpt <= 0 || zero) {
            sb.append('0');
        } else {
            for (int i = 0; i < decpt; i++) {
                sb.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        }
        int frac = zero ? 0 : Math.max(0, digits.length() - Math.max(decpt, 0)) + Math.max(0, -decpt);
        int places = decimals >= 0 ? decimals : (frac == 0 ? (dotZero ? 1 : 0) : frac);
        if (places == 0) {
            return;
        }
        sb.append('.');
        for (int i = 0; i < places; i++) {
            int idx = decpt + i; // digit index of the i-th decimal place
            sb.append(!zero && idx >= 0 && idx < digits.length() ? digits.charAt(idx) : '0');
        }
    }

    /** Appends D[.DDD]e+XX with {@code decimals} places (-1: all digits). */
    private static void sci(StringBuilder sb, String digits, int exp, int decimals, boolean upper) {
        boolean zero = digits.equals("0");
        if (zero) {
            exp = 0;
        }
        sb.append(digits.charAt(0));
        int places = decimals >= 0 ? decimals : digits.length() - 1;
        if (places > 0) {
            sb.append('.');
            for (int i = 1; i <= places; i++) {
                sb.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        }
        sb.append(upper ? 'E' : 'e');
        sb.append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            sb.append('0');
        }
        sb.append(ae);
    }

    // ======================================================================================
    // fixed, round
    // ======================================================================================

    /** Python's {@code '%.Nf' % x}: fixed decimals, rounded half-even from the exact binary value. */
    public static String fixed(double x, int decimals) {
        if (x != x) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String quick = quickFixed(x, decimals);
        if (quick != null) {
            return quick;
        }
        StringBuilder sb = new StringBuilder();
        if (Double.doubleToRawLongBits(x) < 0) {
            sb.append('-');
        }
        appendFixed(sb, Math.abs(x), decimals, false);
        return sb.toString();
    }

    /**
     * {@link #fixed} for the common case (the graph shows thousands of "%.4f" numbers per redraw): when
     * |x| * 10^decimals fits an int and its fraction is clearly away from one half, rounding the product
     * (one rounding error of at most half an ulp) gives the correctly rounded digits; otherwise null, and
     * the exact path decides (ties, half-way cases, big numbers).
     */
    private static String quickFixed(double x, int decimals) {
        if (decimals < 1 || decimals > 6) {
            return null;
        }
        int p = (int) POW10[decimals];
        double ax = Math.abs(x);
        double y = ax * p;
        if (!(y < 2e9) || ax == 0) {
            return null;
        }
        double r = Math.floor(y);
        double f = y - r;
        if (Math.abs(f - 0.5) <= y * 1e-15) {
            return null;
        }
        int k = (int) r + (f > 0.5 ? 1 : 0);
        String frac = String.valueOf(k % p + p); // leading 1 keeps the zero padding: 10042 -> "0042"
        String digits = (k / p) + "." + frac.substring(1);
        return x < 0 || Double.doubleToRawLongBits(x) < 0 ? "-" + digits : digits;
    }

    private static void appendFixed(StringBuilder sb, double ax, int decimals, boolean alt) {
        if (ax == 0) {
            plain(sb, "0", 1, decimals, false);
        } else {
            Digits d = rounded(ax, decimals, true);
            plain(sb, d.digits, d.decpt, decimals, false);
        }
        if (alt && decimals == 0) {
            sb.append('.');
        }
    }

    /**
     * Python's {@code round(x, n)} for a float: the exact value rounded half-even to n decimals
     * ({@code round(2.675, 2) == 2.67}); n may be negative. NaN and infinities come back unchanged.
     *
     * @throws ArithmeticException "rounded value too large to represent" (Python's OverflowError)
     */
    public static double round(double x, int n) {
        if (x != x || Double.isInfinite(x) || x == 0) {
            return x;
        }
        if (n > 323) {
            return x;
        }
        if (n < -308) {
            return 0.0 * x;
        }
        boolean neg = x < 0;
        Digits d = rounded(Math.abs(x), n, true);
        double r;
        if (d.digits.equals("0")) {
            r = 0.0;
        } else {
            r = parseDigits(d.digits, d.decpt - d.digits.length());
        }
        if (Double.isInfinite(r)) {
            throw new ArithmeticException("rounded value too large to represent");
        }
        return neg ? -r : r;
    }

    /**
     * Python's {@code round(x)} to an integer, half to even, as a double ({@code round(0.5) == 0},
     * {@code round(1.5) == 2}); keeps the sign of zero. Our own because TeaVM's {@code Math.rint} rounds
     * half up through a long.
     */
    public static double roundHalfEven(double x) {
        if (!(Math.abs(x) < 4503599627370496.0)) { // 2^52: already an integer (or NaN, inf)
            return x;
        }
        double r = Math.floor(x);
        double diff = x - r; // exact
        if (diff > 0.5 || (diff == 0.5 && Math.floor(r / 2) * 2 != r)) {
            r += 1;
        }
        return r == 0 ? (Double.doubleToRawLongBits(x) < 0 ? -0.0 : 0.0) : r;
    }

    // ======================================================================================
    // format(x, spec)
    // ======================================================================================

    /** A parsed format spec: {@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]}. */
    private static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = '-';
        boolean z;
        boolean alt;
        int width = -1;
        char group = 0;
        int precision = -1;
        char type = 0;
    }

    private static Spec spec(String s) {
        Spec p = new Spec();
        int i = 0;
        int n = s.length();
        if (n >= 2 && isAlign(s.charAt(1))) {
            p.fill = s.charAt(0);
            p.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && isAlign(s.charAt(0))) {
            p.align = s.charAt(0);
            i = 1;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) {
            p.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            p.z = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            p.alt = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            if (p.align == 0) {
                p.fill = '0';
                p.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i > start) {
            p.width = number(s, start, i);
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            p.group = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                throw new IllegalArgumentException("Format specifier missing precision");
            }
            p.precision = number(s, start, i);
        }
        if (i < n) {
            p.type = s.charAt(i++);
        }
        if (i < n) {
            throw new IllegalArgumentException("Invalid format specifier '" + s + "'");
        }
        return p;
    }

    private static int number(String s, int from, int to) {
        if (to - from > 9) {
            throw new IllegalArgumentException("Too many decimal digits in format string");
        }
        return (int) Chars.parseLong(s.substring(from, to), 10);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /**
     * Python's {@code format(x, spec)} for a float (f-strings {@code {x:spec}}): types e E f F g G % n
     * and none, precision, width, fill/align {@code <>^=}, sign {@code + - space}, {@code z}, {@code #},
     * {@code 0}, grouping {@code ,} and {@code _}.
     *
     * @throws IllegalArgumentException for a spec Python rejects (message as Python's ValueError)
     */
    public static String format(double x, String spec) {
        return format(x, spec(spec));
    }

    private static String format(double x, Spec p) {
        char type = p.type;
        if ("eEfFgGn%".indexOf(type) < 0 && type != 0) {
            throw new IllegalArgumentException("Unknown format code '" + type + "' for object of type 'float'");
        }
        if (p.group != 0 && type == 'n') {
            throw new IllegalArgumentException("Cannot specify ',' with 'n'.");
        }
        boolean neg = Double.doubleToRawLongBits(x) < 0 && x == x;
        double ax = Math.abs(x);
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        StringBuilder body = new StringBuilder();
        boolean pct = false;
        if (type == '%') {
            ax = ax * 100;
            pct = true;
        }
        if (x != x || Double.isInfinite(ax)) {
            body.append(x != x ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            if (pct) {
                body.append('%');
            }
        } else {
            int prec = p.precision;
            switch (type) {
                case 'e':
                case 'E': {
                    int pr = prec < 0 ? 6 : prec;
                    Digits d = ax == 0 ? new Digits("0", 1) : rounded(ax, pr + 1, false);
                    sci(body, d.digits, d.decpt - 1, pr, upper);
                    if (p.alt && pr == 0) {
                        body.insert(1, '.');
                    }
                    break;
                }
                case 'f':
                case 'F':
                case '%':
                    appendFixed(body, ax, prec < 0 ? 6 : prec, p.alt);
                    if (pct) {
                        body.append('%');
                    }
                    break;
                case 'g':
                case 'G':
                case 'n':
                    general(body, ax, prec < 0 ? 6 : Math.max(prec, 1), p.alt, false, upper);
                    break;
                default:
                    if (prec < 0) {
                        String r = repr(ax);
                        body.append(r);
                    } else {
                        general(body, ax, Math.max(prec, 1), p.alt, true, false);
                    }
            }
        }
        if (p.z && neg && x == x && !Double.isInfinite(ax) && isZeroText(body)) {
            neg = false;
        }
        return pad(p, neg, "", body, true);
    }

    private static boolean isZeroText(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /** %g: p significant digits, scientific when exp < -4 or exp >= p, trailing zeros removed unless alt. */
    private static void general(StringBuilder sb, double ax, int p, boolean alt, boolean dotZero, boolean upper) {
        Digits d = ax == 0 ? new Digits("0", 1) : rounded(ax, p, false);
        int exp = ax == 0 ? 0 : d.decpt - 1;
        // with dotZero (format type none) CPython switches one place earlier: format(123.0, '.3') == '1.23e+02'
        if (exp < -4 || exp >= (dotZero ? p - 1 : p)) {
            int places = alt ? p - 1 : d.digits.length() - 1;
            if (ax == 0) {
                places = alt ? p - 1 : 0;
            }
            sci(sb, d.digits, exp, places, upper);
            if (alt && places == 0) {
                sb.insert(1, '.');
            }
        } else {
            int places;
            if (alt) {
                places = p - 1 - exp;
            } else {
                places = d.digits.equals("0") ? 0 : Math.max(0, d.digits.length() - d.decpt);
                if (dotZero && places == 0) {
                    places = 1;
                }
            }
            plain(sb, d.digits, d.decpt, places, false);
            if (alt && places == 0) {
                sb.append('.');
            }
        }
    }

    /**
     * Python's {@code format(n, spec)} for an int: types d n b o x X c and none, and the float types
     * (e f g % ...), which format {@code float(n)}; width, fill/align, sign, {@code #}, grouping.
     */
    public static String format(long n, String spec) {
        return format(n < 0, r -> magnitude(n, r), n, spec);
    }

    /**
     * An int of any size by its sign and its magnitude's digits in a radix ({@code mag.apply(radix)}); {@code n}:
     * the int as a long for 'c', as a double for the float types (a big int's: its nearest double).
     */
    public static String format(boolean neg, java.util.function.IntFunction<String> mag, double n, String spec) {
        Spec p = spec(spec);
        char type = p.type;
        if ("eEfFgG%".indexOf(type) >= 0 && type != 0) {
            return format(n, spec);
        }
        if (p.precision >= 0) {
            throw new IllegalArgumentException("Precision not allowed in integer format specifier");
        }
        if (p.z) {
            throw new IllegalArgumentException("Negative zero coercion (z) not allowed in integer format specifier");
        }
        int radix;
        String prefix = "";
        switch (type) {
            case 0:
            case 'd':
            case 'n':
                radix = 10;
                break;
            case 'b':
                radix = 2;
                prefix = "0b";
                break;
            case 'o':
                radix = 8;
                prefix = "0o";
                break;
            case 'x':
                radix = 16;
                prefix = "0x";
                break;
            case 'X':
                radix = 16;
                prefix = "0X";
                break;
            case 'c':
                return pad(p, false, "", new StringBuilder(chr(codePoint((long) n))), false);
            default:
                throw new IllegalArgumentException("Unknown format code '" + type + "' for object of type 'int'");
        }
        String digits = mag.apply(radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        StringBuilder body = new StringBuilder(digits);
        if (p.group != 0 && radix != 10) {
            if (p.group == ',') {
                throw new IllegalArgumentException("Cannot specify ',' with '" + type + "'.");
            }
            body = new StringBuilder(group(p, digits, digits.length(), 4));
        }
        return pad(p, neg, p.alt ? prefix : "", body, radix == 10);
    }

    // ======================================================================================
    // printf-style: '%-8.3f' % x
    // ======================================================================================

    /** A %-conversion after the '%': flags {@code -+ 0#}, width, {@code .precision}, one type letter. */
    private static Spec percentSpec(String conv) {
        Spec p = new Spec();
        int i = 0;
        int n = conv.length();
        boolean left = false;
        boolean zero = false;
        for (; i < n && "-+ 0#".indexOf(conv.charAt(i)) >= 0; i++) {
            char c = conv.charAt(i);
            if (c == '-') {
                left = true;
            } else if (c == '0') {
                zero = true;
            } else if (c == '#') {
                p.alt = true;
            } else if (c == '+' || p.sign != '+') {
                p.sign = c;
            }
        }
        int start = i;
        while (i < n && conv.charAt(i) >= '0' && conv.charAt(i) <= '9') {
            i++;
        }
        if (i > start) {
            p.width = number(conv, start, i);
        }
        if (i < n && conv.charAt(i) == '.') {
            start = ++i;
            while (i < n && conv.charAt(i) >= '0' && conv.charAt(i) <= '9') {
                i++;
            }
            p.precision = i > start ? number(conv, start, i) : 0;
        }
        if (i != n - 1) {
            throw new IllegalArgumentException("unsupported format character in '%" + conv + "'");
        }
        p.type = conv.charAt(i);
        if (left) {
            p.align = '<';
        } else if (zero) {
            p.align = '=';
            p.fill = '0';
        } else {
            p.align = '>';
        }
        return p;
    }

    /**
     * Python's {@code '%' + conv % x} for a float, conv being what follows the '%' ({@code ".4f"},
     * {@code "-8.3e"}, {@code "+d"}, {@code "g"}): types f F e E g G, and d i u (the float truncated).
     *
     * @throws IllegalArgumentException for x/o/c of a float and NaN/inf as an integer (Python's TypeError,
     *     ValueError, OverflowError; the message says which)
     */
    public static String percent(double x, String conv) {
        Spec p = percentSpec(conv);
        switch (p.type) {
            case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
                return format(x, p);
            case 'd': case 'i': case 'u': {
                if (x != x) {
                    throw new IllegalArgumentException("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(x)) {
                    throw new IllegalArgumentException("cannot convert float infinity to integer");
                }
                double t = x < 0 ? -Math.floor(-x) : Math.floor(x);
                StringBuilder body = new StringBuilder(fixed(Math.abs(t), 0));
                zeroExtend(body, p.precision);
                return pad(p, t < 0, "", body, true);
            }
            case 'x': case 'X': case 'o': case 'c':
                throw new IllegalArgumentException("%" + p.type + " format: an integer is required, not float");
            default:
                throw new IllegalArgumentException("unsupported format character '" + p.type + "'");
        }
    }

    /** Python's {@code '%' + conv % n} for an int: d i u x X o c, and the float types on float(n). */
    public static String percent(long n, String conv) {
        Spec p = percentSpec(conv);
        int radix;
        String prefix = "";
        switch (p.type) {
            case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
                return format((double) n, p);
            case 'd': case 'i': case 'u':
                radix = 10;
                break;
            case 'x':
                radix = 16;
                prefix = "0x";
                break;
            case 'X':
                radix = 16;
                prefix = "0X";
                break;
            case 'o':
                radix = 8;
                prefix = "0o";
                break;
            case 'c':
                p.precision = -1;
                return percent(chr(codePoint(n)), p);
            default:
                throw new IllegalArgumentException("unsupported format character '" + p.type + "'");
        }
        String digits = magnitude(n, radix);
        StringBuilder body = new StringBuilder(p.type == 'X' ? digits.toUpperCase() : digits);
        zeroExtend(body, p.precision);
        return pad(p, n < 0, p.alt ? prefix : "", body, radix == 10);
    }

    /** n as a code point for type c; Python's OverflowError message when it is not one. */
    /**
     * The digits of |n| in {@code radix}, also for Long.MIN_VALUE (Long.toUnsignedString would add its own code
     * to the page script): n = q*radix + r with q, r <= 0, so |n| is the digits of -q then the digit -r.
     */
    private static String magnitude(long n, int radix) {
        if (n == Long.MIN_VALUE) {
            return Long.toString(-(n / radix), radix) + Long.toString(-(n % radix), radix);
        }
        return Long.toString(Math.abs(n), radix);
    }

    /** The text of one code point (a surrogate pair above U+FFFF), without StringBuilder.appendCodePoint. */
    private static String chr(int cp) {
        if (cp < 0x10000) {
            return String.valueOf((char) cp);
        }
        return new String(new char[] {(char) (0xd7c0 + (cp >> 10)), (char) (0xdc00 + (cp & 0x3ff))});
    }

    private static int codePoint(long n) {
        if (n < 0 || n > 0x10ffff) {
            throw new IllegalArgumentException("%c arg not in range(0x110000)");
        }
        return (int) n;
    }

    /** Python's {@code '%' + conv % s} for text already converted by str/repr: types s r a; precision cuts. */
    public static String percent(String s, String conv) {
        return percent(s, percentSpec(conv));
    }

    private static String percent(String s, Spec p) {
        if (p.precision >= 0 && p.precision < s.length()) {
            s = s.substring(0, p.precision);
        }
        if (p.align == '=') {
            p.align = '>';
            p.fill = ' ';
        }
        p.sign = '-';
        return pad(p, false, "", new StringBuilder(s), false);
    }

    private static void zeroExtend(StringBuilder digits, int precision) {
        while (digits.length() < precision) {
            digits.insert(0, '0');
        }
    }

    /** Grouping separators in the integer part (digits before index intEnd). */
    private static String group(Spec p, CharSequence s, int intEnd, int every) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < intEnd; i++) {
            if (i > 0 && (intEnd - i) % every == 0) {
                out.append(p.group);
            }
            out.append(s.charAt(i));
        }
        out.append(s, intEnd, s.length());
        return out.toString();
    }

    /** Sign, grouping (numbers) and padding to the width with fill and alignment. */
    private static String pad(Spec p, boolean neg, String prefix, StringBuilder body, boolean number) {
        String sign = (neg ? "-" : p.sign == '+' ? "+" : p.sign == ' ' ? " " : "") + prefix;
        String b = body.toString();
        if (p.group != 0 && number && (p.align != '=' || p.fill != '0') && isDecimalNumber(b)) {
            b = groupFloat(p, b);
        }
        int len = sign.length() + b.length();
        char align = p.align == 0 ? '>' : p.align;
        boolean zeroGroup = align == '=' && p.group != 0 && p.fill == '0' && number && isDecimalNumber(b);
        if (p.width <= len && !zeroGroup) {
            return sign + b;
        }
        int padN = p.width - len;
        if (align == '=') {
            if (zeroGroup) {
                // zero padding with grouping: Python groups the padding zeros too
                int intEnd = intEnd(b);
                String digits = b.substring(0, intEnd);
                String rest = b.substring(intEnd);
                int want = p.width - sign.length() - rest.length();
                String g = group(p, digits, digits.length(), 3);
                while (g.length() < want) {
                    digits = "0" + digits;
                    g = group(p, digits, digits.length(), 3);
                }
                return sign + g + rest;
            }
            return sign + repeat(p.fill, padN) + b;
        }
        if (align == '<') {
            return sign + b + repeat(p.fill, padN);
        }
        if (align == '^') {
            int left = padN / 2;
            return repeat(p.fill, left) + sign + b + repeat(p.fill, padN - left);
        }
        return repeat(p.fill, padN) + sign + b;
    }

    private static boolean isDecimalNumber(String b) {
        return !b.isEmpty() && b.charAt(0) >= '0' && b.charAt(0) <= '9';
    }

    private static int intEnd(String b) {
        int i = 0;
        while (i < b.length() && b.charAt(i) >= '0' && b.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static String groupFloat(Spec p, String b) {
        if (b.startsWith("0x") || b.startsWith("0b") || b.startsWith("0o")) {
            return b;
        }
        return group(p, b, intEnd(b), 3);
    }

    private static String repeat(char c, int n) {
        char[] a = new char[Math.max(0, n)];
        Arrays.fill(a, c);
        return new String(a);
    }

    // ======================================================================================
    // parse
    // ======================================================================================

    /**
     * Python's {@code float(s)} (and float literals), correctly rounded: {@code '1e-4'}, {@code '.5'},
     * {@code '5.'}, {@code '1_000.5'}, {@code ' -2 '}, {@code 'inf'}, {@code 'infinity'}, {@code 'nan'}
     * (any case, optional sign).
     *
     * @throws NumberFormatException {@code could not convert string to float: 'abc'}
     */
    public static double parse(String text) {
        String s = text.strip();
        int i = 0;
        int n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        StringBuilder digits = new StringBuilder();
        int pointExp = 0;
        boolean anyDigit = false;
        boolean seenPoint = false;
        char prev = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (digits.length() > 0 || c != '0') {
                    digits.append(c);
                }
                if (seenPoint) {
                    pointExp--;
                }
            } else if (c == '_') {
                if (!(prev >= '0' && prev <= '9') || i + 1 >= n || s.charAt(i + 1) < '0' || s.charAt(i + 1) > '9') {
                    throw bad(text);
                }
            } else if (c == '.' && !seenPoint) {
                seenPoint = true;
            } else {
                break;
            }
            prev = c;
        }
        if (!anyDigit) {
            throw bad(text);
        }
        long exp10 = 0;
        if (i < n) {
            char c = s.charAt(i);
            if (c != 'e' && c != 'E') {
                throw bad(text);
            }
            i++;
            boolean eneg = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                eneg = s.charAt(i) == '-';
                i++;
            }
            boolean expDigit = false;
            prev = 0;
            for (; i < n; i++) {
                c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    expDigit = true;
                    if (exp10 < 100_000_000L) {
                        exp10 = exp10 * 10 + (c - '0');
                    }
                } else if (c == '_' && prev >= '0' && prev <= '9' && i + 1 < n
                        && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
                    // allowed between digits
                } else {
                    throw bad(text);
                }
                prev = c;
            }
            if (!expDigit) {
                throw bad(text);
            }
            if (eneg) {
                exp10 = -exp10;
            }
        }
        double v = digits.length() == 0 ? 0.0 : parseDigits(digits.toString(), exp10 + pointExp);
        return neg ? -v : v;
    }

    private static NumberFormatException bad(String text) {
        return new NumberFormatException("could not convert string to float: '" + text + "'");
    }

    /** The double nearest DIGITS * 10^exp10 (ties to even); DIGITS has no leading zero and is non-empty. */
    private static double parseDigits(String digits, long exp10) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
            exp10++;
        }
        digits = digits.substring(0, end);
        long adjusted = exp10 + digits.length(); // value is in [10^(adjusted-1), 10^adjusted)
        if (adjusted > 310) {
            return Double.POSITIVE_INFINITY;
        }
        if (adjusted < -330) {
            return 0.0;
        }
        int e10 = (int) exp10;
        if (digits.length() <= 15 && e10 >= -22 && e10 <= 22) {
            // exact: both operands are exactly representable, one IEEE operation rounds correctly
            double m = (double) Chars.parseLong(digits, 10);
            return e10 >= 0 ? m * POW10[e10] : m / POW10[-e10];
        }
        Big u = Big.ofDecimal(digits);
        if (e10 >= 0) {
            u.mulPow10(e10);
            int bl = u.bitLength();
            if (bl <= 62) {
                return make(u.low64(), false, 0);
            }
            int drop = bl - 62;
            return make(u.bitsFrom(drop), u.anyBitsBelow(drop), drop);
        }
        Big v = Big.of(1);
        v.mulPow10(-e10);
        int sh = 55 - (u.bitLength() - v.bitLength());
        if (sh >= 0) {
            u.shl(sh);
        } else {
            v.shl(-sh);
        }
        long q = 0;
        for (int bit = 56; bit >= 0; bit--) {
            Big t = v.copy().shl(bit);
            if (Big.cmp(u, t) >= 0) {
                u.sub(t);
                q |= 1L << bit;
            }
        }
        return make(q, !u.isZero(), -sh);
    }

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22
    };

    /** The double nearest (q + a fraction that is non-zero iff sticky) * 2^binExp, ties to even. q > 0. */
    private static double make(long q, boolean sticky, int binExp) {
        int bl = 64 - Long.numberOfLeadingZeros(q);
        int e = binExp + bl - 1;
        if (e > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        int keep = e >= -1022 ? 53 : e + 1075;
        if (keep < 0) {
            return 0.0;
        }
        int drop = bl - keep;
        long m;
        if (drop <= 0) {
            m = q << -drop;
        } else {
            long rem = drop >= 64 ? q : q & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            m = drop >= 64 ? 0 : q >>> drop;
            if (Long.compareUnsigned(rem, half) > 0 || (rem == half && (sticky || (m & 1) == 1))) {
                m++;
            }
        }
        int e2 = binExp + drop;
        if (m == 1L << 53) {
            m >>>= 1;
            e2++;
        }
        if (m >= 1L << 52) {
            long biased = e2 + 52 + 1023;
            if (biased >= 2047) {
                return Double.POSITIVE_INFINITY;
            }
            return Double.longBitsToDouble((biased << 52) | (m & 0xfffffffffffffL));
        }
        return Double.longBitsToDouble(m);
    }

    // ======================================================================================
    // Big: just enough unsigned bignum for the above (little-endian base 2^32 limbs)
    // ======================================================================================

    static final class Big {
        private int[] w;
        private int n; // limbs in use; w[n-1] != 0 unless n == 0

        private Big(int[] w, int n) {
            this.w = w;
            this.n = n;
        }

        static Big of(long v) {
            Big b = new Big(new int[4], 0);
            b.w[0] = (int) v;
            b.w[1] = (int) (v >>> 32);
            b.n = 2;
            b.trim();
            return b;
        }

        static Big ofDecimal(String digits) {
            Big b = of(0);
            int i = 0;
            int len = digits.length();
            while (i < len) {
                int chunk = Math.min(9, len - i);
                int v = (int) Chars.parseLong(digits.substring(i, i + chunk), 10);
                b.mulSmall(SMALL_POW10[chunk]);
                b.addSmall(v);
                i += chunk;
            }
            return b;
        }

        private static final int[] SMALL_POW10 = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
            1000000000};

        Big copy() {
            return new Big(Arrays.copyOf(w, Math.max(n, 1)), n);
        }

        private void trim() {
            while (n > 0 && w[n - 1] == 0) {
                n--;
            }
        }

        private void ensure(int size) {
            if (w.length < size) {
                w = Arrays.copyOf(w, Math.max(size, w.length * 2));
            }
        }

        boolean isZero() {
            return n == 0;
        }

        /** this *= m for 0 <= m < 2^32 (as unsigned). */
        Big mulSmall(int m) {
            long mm = m & 0xffffffffL;
            long carry = 0;
            for (int i = 0; i < n; i++) {
                long t = (w[i] & 0xffffffffL) * mm + carry;
                w[i] = (int) t;
                carry = t >>> 32;
            }
            if (carry != 0) {
                ensure(n + 1);
                w[n++] = (int) carry;
            }
            trim();
            return this;
        }

        void addSmall(int a) {
            long carry = a & 0xffffffffL;
            for (int i = 0; i < n && carry != 0; i++) {
                long t = (w[i] & 0xffffffffL) + carry;
                w[i] = (int) t;
                carry = t >>> 32;
            }
            if (carry != 0) {
                ensure(n + 1);
                w[n++] = (int) carry;
            }
        }

        void mulPow10(int k) {
            while (k >= 9) {
                mulSmall(1000000000);
                k -= 9;
            }
            if (k > 0) {
                mulSmall(SMALL_POW10[k]);
            }
        }

        void mulPow5(int k) {
            while (k >= 13) {
                mulSmall(1220703125); // 5^13
                k -= 13;
            }
            int p = 1;
            for (int i = 0; i < k; i++) {
                p *= 5;
            }
            if (k > 0) {
                mulSmall(p);
            }
        }

        Big shl(int bits) {
            if (n == 0 || bits == 0) {
                return this;
            }
            int words = bits >>> 5;
            int rem = bits & 31;
            ensure(n + words + 1);
            int[] src = w;
            int[] dst = new int[Math.max(w.length, n + words + 1)];
            for (int i = n - 1; i >= 0; i--) {
                long v = (src[i] & 0xffffffffL) << rem;
                dst[i + words + 1] |= (int) (v >>> 32);
                dst[i + words] |= (int) v;
            }
            w = dst;
            n = n + words + 1;
            trim();
            return this;
        }

        static Big add(Big a, Big b) {
            int len = Math.max(a.n, b.n);
            int[] r = new int[len + 1];
            long carry = 0;
            for (int i = 0; i < len; i++) {
                long t = carry + (i < a.n ? a.w[i] & 0xffffffffL : 0) + (i < b.n ? b.w[i] & 0xffffffffL : 0);
                r[i] = (int) t;
                carry = t >>> 32;
            }
            r[len] = (int) carry;
            Big out = new Big(r, len + 1);
            out.trim();
            return out;
        }

        /** this -= b; requires this >= b. */
        void sub(Big b) {
            long borrow = 0;
            for (int i = 0; i < n; i++) {
                long t = (w[i] & 0xffffffffL) - (i < b.n ? b.w[i] & 0xffffffffL : 0) - borrow;
                w[i] = (int) t;
                borrow = t < 0 ? 1 : 0;
            }
            trim();
        }

        static int cmp(Big a, Big b) {
            if (a.n != b.n) {
                return a.n < b.n ? -1 : 1;
            }
            for (int i = a.n - 1; i >= 0; i--) {
                if (a.w[i] != b.w[i]) {
                    return Integer.compareUnsigned(a.w[i], b.w[i]);
                }
            }
            return 0;
        }

        int bitLength() {
            return n == 0 ? 0 : (n - 1) * 32 + 32 - Integer.numberOfLeadingZeros(w[n - 1]);
        }

        long low64() {
            long lo = n > 0 ? w[0] & 0xffffffffL : 0;
            long hi = n > 1 ? w[1] & 0xffffffffL : 0;
            return lo | (hi << 32);
        }

        /** (this >> from) as a long; the caller ensures it fits in 63 bits. */
        long bitsFrom(int from) {
            long r = 0;
            int top = bitLength();
            for (int b = top - 1; b >= from; b--) {
                r = (r << 1) | ((w[b >>> 5] >>> (b & 31)) & 1);
            }
            return r;
        }

        boolean anyBitsBelow(int bits) {
            int full = bits >>> 5;
            for (int i = 0; i < full && i < n; i++) {
                if (w[i] != 0) {
                    return true;
                }
            }
            int rem = bits & 31;
            return rem != 0 && full < n && (w[full] & ((1 << rem) - 1)) != 0;
        }

        /** Decimal digits, destroying nothing (works on a copy). */
        String toDecimal() {
            if (n == 0) {
                return "0";
            }
            int[] a = Arrays.copyOf(w, n);
            int len = n;
            int[] chunks = new int[len * 10 / 9 + 2];
            int c = 0;
            while (len > 0) {
                long rem = 0;
                for (int i = len - 1; i >= 0; i--) {
                    long cur = (rem << 32) | (a[i] & 0xffffffffL);
                    a[i] = (int) (cur / 1000000000L);
                    rem = cur % 1000000000L;
                }
                chunks[c++] = (int) rem;
                while (len > 0 && a[len - 1] == 0) {
                    len--;
                }
            }
            StringBuilder sb = new StringBuilder(c * 9);
            sb.append(chunks[c - 1]);
            for (int i = c - 2; i >= 0; i--) {
                String part = Integer.toString(chunks[i]);
                for (int z = part.length(); z < 9; z++) {
                    sb.append('0');
                }
                sb.append(part);
            }
            return sb.toString();
        }
    }
}
