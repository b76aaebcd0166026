package dev.backprop.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting that behaves the same on the JVM and under TeaVM (no {@code String.format}).
 * INTERIM: to be replaced by an exact, table-free implementation (see issue 2).
 */
public final class Num {
    private Num() {
    }

    /** Python's {@code repr(float)}: the shortest text that reads back to the same double. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e16) {
            return (x == 0 && 1 / x < 0 ? "-" : "") + (long) x + ".0";
        }
        return Double.toString(x);
    }

    /** Python's {@code '%.Nf' % x}: fixed decimals, rounded half-even from the exact binary value. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return (x == 0 && 1 / x < 0 || x < 0 && !s.startsWith("-")) ? "-" + s : s;
    }
}
