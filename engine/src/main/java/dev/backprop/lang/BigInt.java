package dev.backprop.lang;

import java.util.Arrays;

/**
 * An arbitrary-precision integer for Python ints beyond 64 bits: a sign and a magnitude of 32-bit words, least
 * significant first, without leading zero words. Immutable; equal values are {@code equals} and hash alike.
 *
 * <p>Why not java.math.BigInteger: TeaVM compiles its whole family (Multiplication, Division, Conversion,
 * BitLevel, Logical, ...) into the page, ~13 KB gzip; this holds only what Ints needs. Bitwise operators
 * follow two's complement (Python's and BigInteger's), shifts right round toward minus infinity.
 */
final class BigInt {
    static final BigInt ZERO = new BigInt(0, new int[0]);
    static final BigInt ONE = new BigInt(1, new int[] {1});

    /** Below this many words a product is schoolbook; above it Karatsuba (measured in BigIntTest's timing helper). */
    static final int KARATSUBA = 40;

    private static final long M = 0xffffffffL;

    /** -1, 0 or 1. */
    private final int sign;
    /** Little-endian words, no leading zero word; empty for zero. */
    private final int[] mag;

    private BigInt(int sign, int[] mag) {
        this.sign = mag.length == 0 ? 0 : sign;
        this.mag = mag;
    }

    /** A magnitude trimmed of leading zero words, with a sign. */
    private static BigInt make(int sign, int[] mag) {
        int n = mag.length;
        while (n > 0 && mag[n - 1] == 0) {
            n--;
        }
        return new BigInt(sign, n == mag.length ? mag : Arrays.copyOf(mag, n));
    }

    static BigInt of(long v) {
        if (v == 0) {
            return ZERO;
        }
        long a = v < 0 ? -v : v; // Long.MIN_VALUE stays 2^63 as an unsigned value
        return make(v < 0 ? -1 : 1, new int[] {(int) a, (int) (a >>> 32)});
    }

    /** The integer part of a finite double, exactly (truncated toward zero). */
    static BigInt ofDouble(double d) {
        if (Math.abs(d) < 9.2e18) {
            return of((long) d);
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff) - 1075;
        long mant = (bits & 0xfffffffffffffL) | (1L << 52);
        BigInt r = of(mant).shiftLeft(exp); // exp > 0 here: |d| >= 2^63
        return d < 0 ? r.negate() : r;
    }

    int signum() {
        return sign;
    }

    /** The magnitude's words, least significant first ([0] for zero). */
    int[] words() {
        return mag.length == 0 ? new int[1] : mag.clone();
    }

    /** Bits of |this| (BigInteger's bitLength for non-negative values; for negative ones, that of the magnitude). */
    int magBitLength() {
        int n = mag.length;
        return n == 0 ? 0 : (n - 1) * 32 + 32 - Integer.numberOfLeadingZeros(mag[n - 1]);
    }

    /** BigInteger's bitLength: bits of the two's complement value without its sign bit (-2^k has k bits). */
    int bitLength() {
        int b = magBitLength();
        if (sign < 0 && lowestSetBit() == b - 1) {
            return b - 1; // a negative power of two
        }
        return b;
    }

    /** Index of the lowest one bit of |this|; -1 for zero. */
    int lowestSetBit() {
        for (int i = 0; i < mag.length; i++) {
            if (mag[i] != 0) {
                return i * 32 + Integer.numberOfTrailingZeros(mag[i]);
            }
        }
        return -1;
    }

    boolean isOdd() {
        return mag.length > 0 && (mag[0] & 1) != 0;
    }

    /** The low 64 bits of the two's complement value (BigInteger's longValue). */
    long longValue() {
        long lo = mag.length > 0 ? mag[0] & M : 0;
        long hi = mag.length > 1 ? mag[1] & M : 0;
        long v = lo | (hi << 32);
        return sign < 0 ? -v : v;
    }

    BigInt negate() {
        return sign == 0 ? this : new BigInt(-sign, mag);
    }

    BigInt abs() {
        return sign < 0 ? negate() : this;
    }

    int compareTo(BigInt o) {
        if (sign != o.sign) {
            return sign < o.sign ? -1 : 1;
        }
        int c = cmpMag(mag, o.mag);
        return sign < 0 ? -c : c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BigInt && ((BigInt) o).sign == sign && Arrays.equals(((BigInt) o).mag, mag);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mag) * 31 + sign;
    }

    /** CPython's hash: |this| modulo 2^61 - 1, with the sign; -1 becomes -2. */
    long pyHash() {
        final long p = (1L << 61) - 1;
        long h = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            // h * 2^32 mod p: 2^61 is 1 mod p, so the bits above 61 wrap around
            h = ((h & ((1L << 29) - 1)) << 32) + (h >>> 29) + (mag[i] & M);
            while (h >= p) {
                h -= p;
            }
        }
        if (sign < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    // ------------------------------------------------------------------ arithmetic

    BigInt add(BigInt o) {
        if (o.sign == 0) {
            return this;
        }
        if (sign == 0) {
            return o;
        }
        if (sign == o.sign) {
            return make(sign, addMag(mag, o.mag));
        }
        int c = cmpMag(mag, o.mag);
        if (c == 0) {
            return ZERO;
        }
        return c > 0 ? make(sign, subMag(mag, o.mag)) : make(o.sign, subMag(o.mag, mag));
    }

    BigInt subtract(BigInt o) {
        return add(o.negate());
    }

    BigInt multiply(BigInt o) {
        if (sign == 0 || o.sign == 0) {
            return ZERO;
        }
        return make(sign * o.sign, mulMag(mag, o.mag));
    }

    /** {quotient truncated toward zero, remainder with this one's sign}, as BigInteger.divideAndRemainder. */
    BigInt[] divideAndRemainder(BigInt o) {
        if (o.sign == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (cmpMag(mag, o.mag) < 0) {
            return new BigInt[] {ZERO, this};
        }
        int[][] qr = divMag(mag, o.mag);
        return new BigInt[] {make(sign * o.sign, qr[0]), make(sign, qr[1])};
    }

    /** this modulo m for m > 0, in [0, m). */
    BigInt mod(BigInt m) {
        BigInt r = divideAndRemainder(m)[1];
        return r.sign < 0 ? r.add(m) : r;
    }

    /** this^e for e >= 0, by squaring. */
    BigInt pow(int e) {
        BigInt r = ONE;
        BigInt b = this;
        while (e > 0) {
            if ((e & 1) != 0) {
                r = r.multiply(b);
            }
            e >>>= 1;
            if (e > 0) {
                b = b.multiply(b);
            }
        }
        return r;
    }

    BigInt gcd(BigInt o) {
        BigInt a = abs();
        BigInt b = o.abs();
        while (b.sign != 0) {
            BigInt r = a.divideAndRemainder(b)[1];
            a = b;
            b = r;
        }
        return a;
    }

    /** this^-1 modulo m (m > 0); the caller checks that gcd(this, m) is 1. */
    BigInt modInverse(BigInt m) {
        // extended Euclid on (this mod m, m), keeping only the coefficient of this
        BigInt a = mod(m);
        BigInt b = m;
        BigInt x0 = ONE;
        BigInt x1 = ZERO;
        while (b.sign != 0) {
            BigInt[] qr = a.divideAndRemainder(b);
            a = b;
            b = qr[1];
            BigInt t = x0.subtract(qr[0].multiply(x1));
            x0 = x1;
            x1 = t;
        }
        return x0.mod(m);
    }

    /** this^e modulo m for e >= 0, m > 0, in [0, m). */
    BigInt modPow(BigInt e, BigInt m) {
        BigInt b = mod(m);
        BigInt r = ONE.mod(m);
        for (int i = e.magBitLength() - 1; i >= 0; i--) {
            r = r.multiply(r).mod(m);
            if ((e.mag[i >>> 5] >>> (i & 31) & 1) != 0) {
                r = r.multiply(b).mod(m);
            }
        }
        return r;
    }

    // ------------------------------------------------------------------ shifts and bits

    BigInt shiftLeft(int n) {
        if (sign == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            return shiftRight(-n);
        }
        return make(sign, shlMag(mag, n));
    }

    /** Floor division by 2^n (Python's >>, BigInteger's shiftRight). */
    BigInt shiftRight(int n) {
        if (sign == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            return shiftLeft(-n);
        }
        if (sign > 0) {
            return make(1, shrMag(mag, n));
        }
        // -(((|x| - 1) >> n) + 1)
        int[] m1 = subMag(mag, ONE.mag);
        return make(1, addMag(shrMag(m1, n), ONE.mag)).negate();
    }

    BigInt not() {
        return negate().subtract(ONE);
    }

    BigInt and(BigInt o) {
        return bitwise(o, 0);
    }

    BigInt or(BigInt o) {
        return bitwise(o, 1);
    }

    BigInt xor(BigInt o) {
        return bitwise(o, 2);
    }

    private BigInt bitwise(BigInt o, int op) {
        int n = Math.max(mag.length, o.mag.length) + 1;
        int[] a = twos(n);
        int[] b = o.twos(n);
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = op == 0 ? a[i] & b[i] : op == 1 ? a[i] | b[i] : a[i] ^ b[i];
        }
        if (r[n - 1] < 0) {
            return make(-1, negateWords(r));
        }
        return make(1, r);
    }

    /** Two's complement in n words (n more than the magnitude's length). */
    private int[] twos(int n) {
        int[] w = Arrays.copyOf(mag, n);
        return sign < 0 ? negateWords(w) : w;
    }

    /** -w in two's complement, in place. */
    private static int[] negateWords(int[] w) {
        long carry = 1;
        for (int i = 0; i < w.length; i++) {
            long t = (~w[i] & M) + carry;
            w[i] = (int) t;
            carry = t >>> 32;
        }
        return w;
    }

    // ------------------------------------------------------------------ conversions

    /**
     * float(this), correctly rounded (half to even); infinite when the value is too large: |this| is cut to 55
     * bits with a sticky bit for the rest, which one long-to-double conversion then rounds exactly once.
     */
    double toDouble() {
        return roundScaled(sign, mag, 0, false);
    }

    /** sign * (m * 2^e, plus a fraction when sticky), correctly rounded; m's bits are kept as they are. */
    static double roundScaled(int sign, int[] m, int e, boolean sticky) {
        BigInt x = make(1, m);
        int len = x.magBitLength();
        long top;
        if (len > 55) {
            int cut = len - 55;
            top = x.shiftRight(cut).longValue();
            if (sticky || x.lowestSetBit() < cut) {
                top |= 1;
            }
            e += cut;
        } else {
            top = x.longValue();
            if (sticky) {
                top |= 1; // callers give at least 55 bits when sticky is set
            }
        }
        double r = times2(top, e);
        return sign < 0 ? -r : r;
    }

    /** v * 2^e for a long v of at most 55 bits, with one rounding (of v to 53 bits) where the result is normal. */
    private static double times2(long v, int e) {
        double r = (double) v;
        while (e > 0) {
            int s = Math.min(e, 1000);
            r *= Double.longBitsToDouble((long) (s + 1023) << 52);
            e -= s;
        }
        while (e < 0) {
            int s = Math.min(-e, 1000);
            r /= Double.longBitsToDouble((long) (s + 1023) << 52);
            e += s;
        }
        return r;
    }

    /** a / b correctly rounded (half to even), as CPython's int true division; infinite when too large. */
    static double trueDiv(BigInt a, BigInt b) {
        boolean neg = a.sign * b.sign < 0;
        if (a.sign == 0) {
            return b.sign < 0 ? -0.0 : 0.0; // CPython: 0 / -(2**70) is -0.0
        }
        BigInt x = a.abs();
        BigInt y = b.abs();
        int shift = 55 - (x.magBitLength() - y.magBitLength()); // the quotient gets 55 or 56 bits
        BigInt[] qr = shift >= 0 ? x.shiftLeft(shift).divideAndRemainder(y) : x.divideAndRemainder(y.shiftLeft(-shift));
        return roundScaled(neg ? -1 : 1, qr[0].mag, -shift, qr[1].sign != 0);
    }

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

    @Override
    public String toString() {
        return toString(10);
    }

    /** Digits in a radix from 2 to 36 (lower case), with a leading '-' when negative. */
    String toString(int radix) {
        if (sign == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        if (Integer.bitCount(radix) == 1) {
            int bits = Integer.numberOfTrailingZeros(radix);
            int n = magBitLength();
            for (int at = (n - 1) / bits * bits; at >= 0; at -= bits) {
                int d = 0;
                for (int k = bits - 1; k >= 0; k--) {
                    int i = at + k;
                    d = d << 1 | (i < n ? mag[i >>> 5] >>> (i & 31) & 1 : 0);
                }
                sb.append(DIGITS.charAt(d));
            }
        } else {
            // chunks of k digits, least significant first, by repeated division by radix^k
            int k = 1;
            long chunk = radix;
            while (chunk * radix <= Integer.MAX_VALUE) {
                chunk *= radix;
                k++;
            }
            int[] w = mag.clone();
            int n = w.length;
            StringBuilder rev = new StringBuilder();
            while (n > 0) {
                long rem = 0;
                for (int i = n - 1; i >= 0; i--) {
                    long cur = rem << 32 | (w[i] & M);
                    w[i] = (int) (cur / chunk); // cur < chunk * 2^32 < 2^63
                    rem = cur % chunk;
                }
                while (n > 0 && w[n - 1] == 0) {
                    n--;
                }
                for (int j = 0; j < k && (n > 0 || rem != 0); j++) {
                    rev.append(DIGITS.charAt((int) (rem % radix)));
                    rem /= radix;
                }
            }
            sb.append(rev.reverse());
        }
        if (sign < 0) {
            sb.insert(0, '-');
        }
        return sb.toString();
    }

    /**
     * Parses an optional '-' and digits of a radix (2..36, either case); throws NumberFormatException when a
     * character is not such a digit or there is none.
     */
    static BigInt parse(String s, int radix) {
        int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int len = s.length() - start;
        if (len <= 0) {
            throw new NumberFormatException("no digits: \"" + s + "\"");
        }
        int[] w;
        if (Integer.bitCount(radix) == 1) {
            int bits = Integer.numberOfTrailingZeros(radix);
            w = new int[(int) (((long) len * bits + 31) / 32)];
            for (int j = 0; j < len; j++) {
                int d = digit(s, s.length() - 1 - j, radix);
                long at = (long) j * bits;
                for (int k = 0; k < bits; k++) {
                    if ((d >>> k & 1) != 0) {
                        w[(int) ((at + k) >>> 5)] |= 1 << ((at + k) & 31);
                    }
                }
            }
        } else {
            int k = 1;
            long chunk = radix;
            while (chunk * radix <= Integer.MAX_VALUE) {
                chunk *= radix;
                k++;
            }
            w = new int[(int) ((long) len * 6 / 32 + 2)]; // radix <= 36 < 2^6: at most 6 bits a digit
            int n = 0;
            int i = start;
            int first = len % k == 0 ? k : len % k;
            while (i < s.length()) {
                int take = i == start ? first : k;
                long mul = 1;
                long add = 0;
                for (int j = 0; j < take; j++) {
                    add = add * radix + digit(s, i + j, radix);
                    mul *= radix;
                }
                i += take;
                long carry = add;
                for (int j = 0; j < n; j++) {
                    long t = (w[j] & M) * mul + carry;
                    w[j] = (int) t;
                    carry = t >>> 32;
                }
                if (carry != 0) {
                    w[n++] = (int) carry;
                }
            }
        }
        return make(start == 1 && s.charAt(0) == '-' ? -1 : 1, w);
    }

    private static int digit(String s, int i, int radix) {
        char c = s.charAt(i);
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
        if (d >= radix) {
            throw new NumberFormatException("not a digit of radix " + radix + ": \"" + s + "\"");
        }
        return d;
    }

    // ------------------------------------------------------------------ magnitudes (little-endian words)

    private static int cmpMag(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return (a[i] & M) < (b[i] & M) ? -1 : 1;
            }
        }
        return 0;
    }

    /** a + b, untrimmed (one word longer than the longer). */
    private static int[] addMag(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int[] r = new int[a.length + 1];
        long carry = 0;
        for (int i = 0; i < a.length; i++) {
            long t = (a[i] & M) + (i < b.length ? b[i] & M : 0) + carry;
            r[i] = (int) t;
            carry = t >>> 32;
        }
        r[a.length] = (int) carry;
        return r;
    }

    /** a - b for a >= b, untrimmed. */
    private static int[] subMag(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        for (int i = 0; i < a.length; i++) {
            long t = (a[i] & M) - (i < b.length ? b[i] & M : 0) - borrow;
            r[i] = (int) t;
            borrow = t < 0 ? 1 : 0;
        }
        return r;
    }

    /** a * b, untrimmed (a.length + b.length words); Karatsuba when both are long. */
    static int[] mulMag(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (b.length < KARATSUBA) {
            return school(a, a.length, b, b.length);
        }
        // a = a1 * W^h + a0, b = b1 * W^h + b0; depth is log2(words / KARATSUBA), at most ~10
        int h = (a.length + 1) / 2;
        int[] a0 = trimmed(Arrays.copyOf(a, h));
        int[] a1 = trimmed(Arrays.copyOfRange(a, h, a.length));
        int[] r = new int[a.length + b.length];
        if (b.length <= h) {
            // b is short: a0*b + a1*b*W^h
            addInto(r, mulMag(a0, b), 0);
            addInto(r, mulMag(a1, b), h);
            return r;
        }
        int[] b0 = trimmed(Arrays.copyOf(b, h));
        int[] b1 = trimmed(Arrays.copyOfRange(b, h, b.length));
        int[] z0 = trimmed(mulMag(a0, b0));
        int[] z2 = trimmed(mulMag(a1, b1));
        int[] z1 = trimmed(mulMag(trimmed(addMag(a0, a1)), trimmed(addMag(b0, b1))));
        z1 = trimmed(subMag(trimmed(subMag(z1, z0)), z2));
        addInto(r, z0, 0);
        addInto(r, z1, h);
        addInto(r, z2, 2 * h);
        return r;
    }

    private static int[] school(int[] a, int an, int[] b, int bn) {
        int[] r = new int[an + bn];
        for (int j = 0; j < bn; j++) {
            long bj = b[j] & M;
            if (bj == 0) {
                continue;
            }
            long carry = 0;
            for (int i = 0; i < an; i++) {
                long t = (a[i] & M) * bj + (r[i + j] & M) + carry; // < 2^64 as unsigned
                r[i + j] = (int) t;
                carry = t >>> 32;
            }
            r[j + an] = (int) carry;
        }
        return r;
    }

    /** r += x * W^at; r is long enough for the sum. */
    private static void addInto(int[] r, int[] x, int at) {
        long carry = 0;
        int i = 0;
        for (; i < x.length; i++) {
            long t = (r[at + i] & M) + (x[i] & M) + carry;
            r[at + i] = (int) t;
            carry = t >>> 32;
        }
        for (int k = at + i; carry != 0 && k < r.length; k++) {
            long t = (r[k] & M) + carry;
            r[k] = (int) t;
            carry = t >>> 32;
        }
    }

    private static int[] trimmed(int[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1] == 0) {
            n--;
        }
        return n == a.length ? a : Arrays.copyOf(a, n);
    }

    private static int[] shlMag(int[] a, int n) {
        int words = n >>> 5;
        int bits = n & 31;
        int[] r = new int[a.length + words + 1];
        for (int i = 0; i < a.length; i++) {
            long v = (a[i] & M) << bits;
            r[i + words] |= (int) v;
            r[i + words + 1] |= (int) (v >>> 32);
        }
        return r;
    }

    private static int[] shrMag(int[] a, int n) {
        int words = n >>> 5;
        int bits = n & 31;
        if (words >= a.length) {
            return new int[0];
        }
        int[] r = new int[a.length - words];
        for (int i = 0; i < r.length; i++) {
            long lo = a[i + words] & M;
            long hi = i + words + 1 < a.length ? a[i + words + 1] & M : 0;
            r[i] = (int) ((lo | hi << 32) >>> bits);
        }
        return r;
    }

    /** {a / b, a % b} for trimmed magnitudes with a >= b > 0: Knuth's algorithm D (TAOCP 4.3.1). */
    private static int[][] divMag(int[] a, int[] b) {
        int n = b.length;
        if (n == 1) {
            long d = b[0] & M;
            int[] q = new int[a.length];
            long rem = 0;
            for (int i = a.length - 1; i >= 0; i--) {
                long cur = rem << 32 | (a[i] & M);
                q[i] = (int) Long.divideUnsigned(cur, d);
                rem = Long.remainderUnsigned(cur, d);
            }
            return new int[][] {q, new int[] {(int) rem}};
        }
        int m = a.length;
        int s = Integer.numberOfLeadingZeros(b[n - 1]);
        int[] v = trimmed(shlMag(b, s)); // normalized: top bit set, still n words
        int[] u = Arrays.copyOf(shlMag(a, s), m + 1);
        int[] q = new int[m - n + 1];
        long vTop = v[n - 1] & M;
        long vNext = v[n - 2] & M;
        for (int j = m - n; j >= 0; j--) {
            long num = (u[j + n] & M) << 32 | (u[j + n - 1] & M);
            long qhat = Long.divideUnsigned(num, vTop);
            long rhat = Long.remainderUnsigned(num, vTop);
            while (qhat > M || Long.compareUnsigned(qhat * vNext, rhat << 32 | (u[j + n - 2] & M)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > M) {
                    break;
                }
            }
            // u[j .. j+n] -= qhat * v
            long borrow = 0;
            long carry = 0;
            for (int i = 0; i < n; i++) {
                long p = qhat * (v[i] & M) + carry;
                carry = p >>> 32;
                long t = (u[i + j] & M) - (p & M) - borrow;
                u[i + j] = (int) t;
                borrow = t < 0 ? 1 : 0;
            }
            long t = (u[j + n] & M) - carry - borrow;
            u[j + n] = (int) t;
            if (t < 0) {
                // qhat was one too large: add v back
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    long sum = (u[i + j] & M) + (v[i] & M) + c;
                    u[i + j] = (int) sum;
                    c = sum >>> 32;
                }
                u[j + n] += (int) c;
            }
            q[j] = (int) qhat;
        }
        return new int[][] {q, shrMag(Arrays.copyOf(u, n), s)};
    }
}
