package dev.backprop.lang;

/**
 * Python ints beyond 64 bits. An int is a {@link Long} while it fits and a {@link BigInt} only when it
 * does not (always normalized, so equal ints are equal Java objects and hash alike as dict keys).
 * This is also the int API other modules use: {@link #big}, {@link #norm}, {@link #words}, {@link #hash}.
 */
final class Ints {
    private Ints() {
    }

    /**
     * The largest int the playground builds (CPython has none; a page would hang long before). Big products
     * also count as steps against the step budget.
     */
    static final int MAX_BITS = 1 << 20;
    /** CPython 3.11's sys.get_int_max_str_digits() default. */
    static final int MAX_STR_DIGITS = 4300;

    static BigInt big(Object o) {
        if (o instanceof BigInt) {
            return (BigInt) o;
        }
        if (o instanceof Long) {
            return BigInt.of((Long) o);
        }
        return ((Boolean) o) ? BigInt.ONE : BigInt.ZERO;
    }

    /** A Long when it fits, else the BigInt itself. */
    static Object norm(BigInt b) {
        if (b.bitLength() <= 63) {
            return b.longValue();
        }
        return b;
    }

    /** The magnitude as 32-bit words, least significant first (CPython's random.seed(int) key). */
    static int[] words(Object intValue) {
        return big(intValue).words();
    }

    /** The exact integer part of a finite double (truncated toward zero). */
    static Object ofDouble(double d) {
        if (Math.abs(d) < 9.2e18) {
            return (long) d;
        }
        return norm(BigInt.ofDouble(d));
    }

    /** float(int), correctly rounded (half to even), or null when it is too large for a float. */
    static Double toDoubleOrNull(Object o) {
        if (!(o instanceof BigInt)) {
            return Interp.toDouble(o);
        }
        double v = ((BigInt) o).toDouble();
        if (Double.isInfinite(v)) {
            return null;
        }
        return v;
    }

    /** int / int as CPython: correctly rounded; null when the quotient is too large for a float. */
    static Double trueDiv(BigInt a, BigInt b) {
        double v = BigInt.trueDiv(a, b);
        if (Double.isInfinite(v)) {
            return null;
        }
        return v;
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
        if (!(i instanceof BigInt)) {
            return SetOrder.hashLong(Interp.toLong(i));
        }
        return ((BigInt) i).pyHash();
    }

    /** str(int); null when it has more digits than CPython converts (its ValueError). */
    static String toStringOrNull(Object i) {
        if (!(i instanceof BigInt)) {
            return Long.toString(Interp.toLong(i));
        }
        BigInt b = (BigInt) i;
        // 4300 digits hold at most 14284 bits; CPython checks the digit count before converting
        if (b.magBitLength() > 14300) {
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
            return norm(BigInt.parse(sb.toString(), radix));
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
        BigInt x = big(a);
        BigInt y = big(b);
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
                BigInt[] qr = x.divideAndRemainder(y);
                BigInt q = qr[0];
                BigInt r = qr[1];
                if (r.signum() != 0 && r.signum() != y.signum()) {
                    q = q.subtract(BigInt.ONE);
                    r = r.add(y);
                }
                return norm(op == Ast.MOD ? r : q);
            }
            case Ast.POW: {
                if (y.signum() < 0) {
                    return null; // the caller's float path
                }
                if (x.abs().compareTo(BigInt.ONE) <= 0) {
                    return norm(x.signum() < 0 && y.isOdd() ? x : x.signum() == 0 ? (y.signum() == 0 ? BigInt.ONE : x) : BigInt.ONE);
                }
                if (y.bitLength() > 31 || (long) x.bitLength() * y.longValue() > MAX_BITS) {
                    throw tooBig(in, at);
                }
                in.steps += ((long) x.bitLength() * (int) y.longValue() >> 6) * ((long) x.bitLength() * (int) y.longValue() >> 6) >> 5;
                return norm(x.pow((int) y.longValue()));
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
                return norm(x.shiftLeft((int) y.longValue()));
            }
            case Ast.RSHIFT: {
                if (y.signum() < 0) {
                    throw in.error("ValueError", "negative shift count", at);
                }
                if (y.bitLength() > 31) {
                    return x.signum() < 0 ? -1L : 0L;
                }
                return norm(x.shiftRight((int) y.longValue()));
            }
            case Ast.BITAND: return norm(x.and(y));
            case Ast.BITOR: return norm(x.or(y));
            case Ast.BITXOR: return norm(x.xor(y));
            default:
                return null;
        }
    }

    private static Object checked(Interp in, BigInt r, Ast.Node at) {
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
        BigInt x = big(a);
        BigInt y = big(b);
        BigInt m = big(c);
        if (m.signum() == 0) {
            throw in.error("ValueError", "pow() 3rd argument cannot be 0", at);
        }
        BigInt am = m.abs();
        if (am.equals(BigInt.ONE)) {
            return 0L;
        }
        BigInt base = x.mod(am);
        if (y.signum() < 0) {
            if (base.gcd(am).compareTo(BigInt.ONE) != 0) {
                throw in.error("ValueError", "base is not invertible for the given modulus", at);
            }
            base = base.modInverse(am);
            y = y.negate();
        }
        BigInt r = base.modPow(y, am);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m); // Python's result has the modulus's sign
        }
        return norm(r);
    }

    /** format(n, spec) for an int past 64 bits: Num's layout over its digits; the float types take its nearest double. */
    static String format(Interp in, BigInt n, String spec, Ast.Node at) {
        double d = n.toDouble();
        if (Double.isInfinite(d) && spec.length() > 0 && "eEfFgG%".indexOf(spec.charAt(spec.length() - 1)) >= 0) {
            throw in.error("OverflowError", "int too large to convert to float", at);
        }
        BigInt m = n.abs();
        return dev.backprop.py.Num.format(n.signum() < 0, m::toString, d, spec);
    }
}
