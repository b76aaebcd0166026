package dev.backprop.lang;

import java.math.BigInteger;

/**
 * Python ints beyond 64 bits. An int is a {@link Long} while it fits and a {@link BigInteger} only when it
 * does not (always normalized, so equal ints are equal Java objects and hash alike as dict keys).
 * This is also the int API other modules use: {@link #big}, {@link #norm}, {@link #words}, {@link #hash}.
 */
final class Ints {
    private Ints() {
    }

    /**
     * The largest int the playground builds (CPython has none; the browser's BigInteger multiplies in quadratic
     * time, so a page would hang long before). Big products also count as steps against the step budget.
     */
    static final int MAX_BITS = 1 << 20;
    /** CPython 3.11's sys.get_int_max_str_digits() default. */
    static final int MAX_STR_DIGITS = 4300;

    static BigInteger big(Object o) {
        if (o instanceof BigInteger) {
            return (BigInteger) o;
        }
        if (o instanceof Long) {
            return BigInteger.valueOf((Long) o);
        }
        return ((Boolean) o) ? BigInteger.ONE : BigInteger.ZERO;
    }

    /** A Long when it fits, else the BigInteger itself. */
    static Object norm(BigInteger b) {
        if (b.bitLength() <= 63) {
            return b.longValue();
        }
        return b;
    }

    /** The magnitude as 32-bit words, least significant first (CPython's random.seed(int) key). */
    static int[] words(Object intValue) {
        BigInteger m = big(intValue).abs();
        int n = Math.max(1, (m.bitLength() + 31) / 32);
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = m.shiftRight(32 * i).intValue();
        }
        return w;
    }

    /** The exact integer part of a finite double (truncated toward zero). */
    static Object ofDouble(double d) {
        if (Math.abs(d) < 9.2e18) {
            return (long) d;
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff) - 1075;
        long mant = (bits & 0xfffffffffffffL) | (1L << 52);
        BigInteger r = BigInteger.valueOf(mant).shiftLeft(exp); // exp > 0 here: |d| >= 2^63
        return norm(d < 0 ? r.negate() : r);
    }

    /** float(int), correctly rounded (half to even), or null when it is too large for a float. */
    static Double toDoubleOrNull(Object o) {
        if (!(o instanceof BigInteger)) {
            return Interp.toDouble(o);
        }
        BigInteger b = (BigInteger) o;
        int len = b.abs().bitLength();
        if (len > 1024) {
            return null;
        }
        double v = roundScaled(b.abs(), 0, false);
        if (Double.isInfinite(v)) {
            return null;
        }
        return b.signum() < 0 ? -v : v;
    }

    /**
     * m * 2^e correctly rounded: m is cut to 55 bits with a sticky bit for the rest, which a long-to-double
     * conversion then rounds half to even exactly once; {@code sticky} says bits below m were nonzero.
     */
    private static double roundScaled(BigInteger m, int e, boolean sticky) {
        int len = m.bitLength();
        long top;
        if (len > 55) {
            int cut = len - 55;
            top = m.shiftRight(cut).longValue();
            if (sticky || m.getLowestSetBit() < cut) {
                top |= 1;
            }
            e += cut;
        } else {
            top = m.longValue();
            if (sticky) {
                // callers give at least 55 bits when sticky is set
                top |= 1;
            }
        }
        return times2(top, e);
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

    /** int / int as CPython: correctly rounded; null when the quotient is too large for a float. */
    static Double trueDiv(BigInteger a, BigInteger b) {
        boolean neg = a.signum() * b.signum() < 0;
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) {
            return neg ? -0.0 : 0.0;
        }
        int shift = 55 - (a.bitLength() - b.bitLength()); // quotient gets 55 or 56 bits
        BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(b) : a.divideAndRemainder(b.shiftLeft(-shift));
        double v = roundScaled(qr[0], -shift, qr[1].signum() != 0);
        if (Double.isInfinite(v)) {
            return null;
        }
        return neg ? -v : v;
    }

    /** Exact comparison of an int with a float (CPython never rounds the int): -1, 0, 1, or 2 for NaN. */
    static int compare(Object i, double d) {
        if (d != d) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i instanceof Long && Math.abs((Long) i) < (1L << 53)) {
            double x = (Long) i;
            return x < d ? -1 : x > d ? 1 : 0;
        }
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        int c = big(i).compareTo(big(ofDouble(t)));
        if (c != 0) {
            return c;
        }
        return t < d ? -1 : t > d ? 1 : 0;
    }

    /** CPython's hash of an int: the value modulo 2^61 - 1, with the sign, -1 becoming -2. */
    static long hash(Object i) {
        if (!(i instanceof BigInteger)) {
            return SetOrder.hashLong(Interp.toLong(i));
        }
        BigInteger b = (BigInteger) i;
        long h = b.abs().mod(BigInteger.valueOf(SetOrder.MODULUS)).longValue();
        if (b.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** str(int); null when it has more digits than CPython converts (its ValueError). */
    static String toStringOrNull(Object i) {
        if (!(i instanceof BigInteger)) {
            return Long.toString(Interp.toLong(i));
        }
        BigInteger b = (BigInteger) i;
        // 4300 digits hold at most 14284 bits; CPython checks the digit count before converting
        if (b.abs().bitLength() > 14300) {
            return null;
        }
        String s = b.toString();
        int digits = s.length() - (b.signum() < 0 ? 1 : 0);
        return digits > MAX_STR_DIGITS ? null : s;
    }

    static final String STR_LIMIT = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

    /** Parses digits (no sign, no underscores) in a radix; throws NumberFormatException if they are not digits. */
    static Object parse(String digits, int radix) {
        try {
            return dev.backprop.py.Chars.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            StringBuilder sb = new StringBuilder(digits.length());
            int start = digits.startsWith("-") || digits.startsWith("+") ? 1 : 0;
            if (start == 1 && digits.charAt(0) == '-') {
                sb.append('-');
            }
            if (start == digits.length()) {
                throw e;
            }
            for (int k = start; k < digits.length(); k++) {
                int d = dev.backprop.py.Chars.digit(digits.charAt(k), radix);
                if (d < 0) {
                    throw e;
                }
                sb.append(Character.forDigit(d, radix));
            }
            return norm(new BigInteger(sb.toString(), radix));
        }
    }

    /** Number of decimal digits of a parsed string the 4300-digit limit counts (radix 10 only, as CPython). */
    static boolean tooManyDigits(String digits, int radix) {
        if (radix != 10 && (radix & (radix - 1)) == 0) {
            return false;
        }
        int n = digits.length() - (digits.startsWith("-") || digits.startsWith("+") ? 1 : 0);
        return n > MAX_STR_DIGITS;
    }

    /**
     * An int operator where one side is big or the 64-bit result overflowed. Returns null for operators
     * that are not int operators here (the caller reports them); errors go through {@code in}.
     */
    static Object op(Interp in, int op, Object a, Object b, Ast.Node at) {
        BigInteger x = big(a);
        BigInteger y = big(b);
        in.steps += ((long) x.bitLength() >> 6) * (y.bitLength() >> 6) >> 4; // quadratic work, charged as steps
        switch (op) {
            case Ast.ADD: return checked(in, x.add(y), at);
            case Ast.SUB: return checked(in, x.subtract(y), at);
            case Ast.MUL:
                if ((long) x.bitLength() + y.bitLength() > MAX_BITS) {
                    throw tooBig(in, at);
                }
                return norm(x.multiply(y));
            case Ast.DIV: {
                if (y.signum() == 0) {
                    throw in.error("ZeroDivisionError", "division by zero", at);
                }
                Double d = trueDiv(x, y);
                if (d == null) {
                    throw in.error("OverflowError", "integer division result too large for a float", at);
                }
                return d;
            }
            case Ast.FLOORDIV:
            case Ast.MOD: {
                if (y.signum() == 0) {
                    throw in.error("ZeroDivisionError", op == Ast.MOD ? "integer modulo by zero" : "integer division or modulo by zero", at);
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                BigInteger r = qr[1];
                if (r.signum() != 0 && r.signum() != y.signum()) {
                    q = q.subtract(BigInteger.ONE);
                    r = r.add(y);
                }
                return norm(op == Ast.MOD ? r : q);
            }
            case Ast.POW: {
                if (y.signum() < 0) {
                    return null; // the caller's float path
                }
                if (x.abs().compareTo(BigInteger.ONE) <= 0) {
                    return norm(x.signum() < 0 && y.testBit(0) ? x : x.signum() == 0 ? (y.signum() == 0 ? BigInteger.ONE : x) : BigInteger.ONE);
                }
                if (y.bitLength() > 31 || (long) x.bitLength() * y.longValue() > MAX_BITS) {
                    throw tooBig(in, at);
                }
                in.steps += ((long) x.bitLength() * y.intValue() >> 6) * ((long) x.bitLength() * y.intValue() >> 6) >> 5;
                return norm(x.pow(y.intValue()));
            }
            case Ast.LSHIFT: {
                if (y.signum() < 0) {
                    throw in.error("ValueError", "negative shift count", at);
                }
                if (x.signum() == 0) {
                    return 0L;
                }
                if (y.bitLength() > 31 || x.bitLength() + y.longValue() > MAX_BITS) {
                    throw tooBig(in, at);
                }
                return norm(x.shiftLeft(y.intValue()));
            }
            case Ast.RSHIFT: {
                if (y.signum() < 0) {
                    throw in.error("ValueError", "negative shift count", at);
                }
                if (y.bitLength() > 31) {
                    return x.signum() < 0 ? -1L : 0L;
                }
                return norm(x.shiftRight(y.intValue()));
            }
            case Ast.BITAND: return norm(x.and(y));
            case Ast.BITOR: return norm(x.or(y));
            case Ast.BITXOR: return norm(x.xor(y));
            default:
                return null;
        }
    }

    private static Object checked(Interp in, BigInteger r, Ast.Node at) {
        if (r.bitLength() > MAX_BITS) {
            throw tooBig(in, at);
        }
        return norm(r);
    }

    static PyException tooBig(Interp in, Ast.Node at) {
        return in.error("MemoryError", "integer too large for the playground (more than " + MAX_BITS + " bits)", at);
    }

    /** pow(x, y, m) for ints; y < 0 needs x invertible modulo m. */
    static Object powMod(Interp in, Object a, Object b, Object c, Ast.Node at) {
        BigInteger x = big(a);
        BigInteger y = big(b);
        BigInteger m = big(c);
        if (m.signum() == 0) {
            throw in.error("ValueError", "pow() 3rd argument cannot be 0", at);
        }
        BigInteger am = m.abs();
        if (am.equals(BigInteger.ONE)) {
            return 0L;
        }
        BigInteger base = x.mod(am);
        if (y.signum() < 0) {
            if (base.gcd(am).compareTo(BigInteger.ONE) != 0) {
                throw in.error("ValueError", "base is not invertible for the given modulus", at);
            }
            base = base.modInverse(am);
            y = y.negate();
        }
        BigInteger r = base.modPow(y, am);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m); // Python's result has the modulus's sign
        }
        return norm(r);
    }
}
