package dev.backprop.py;

/**
 * CPython's math functions with its bits, identically on the JVM and under TeaVM: the engine's one entry
 * for them. glibc 2.36's algorithms as CPython 3.11 gets them on x86-64 Linux (FMA builds where glibc picks
 * them): exp, log, pow, expm1, tanh in {@link Libm}; sin, cos, tan in {@link Trig}; atan, atan2, asin, acos
 * in {@link Arc}; sinh, cosh and CPython's own vector_norm (hypot) in {@link Hyper}. LibmTest compares each
 * with CPython on 1,000,000 inputs: 0 differences.
 *
 * <p>TeaVM 0.16 prints {@code a + (b - c)}, {@code a + (b + c)}, {@code a * (b * c)} and
 * {@code a * (b / c)} without the parentheses, which changes floating-point results; so a compound
 * operand is always written on the left of {@code +} and {@code *} in these classes (ParityIT runs them in
 * Chromium).
 */
public final class PyMath {
    private PyMath() {
    }

    /** Natural logarithm: -inf at 0, NaN below 0, glibc's bits (Libm). */
    public static double log(double x) {
        return Libm.log(x);
    }

    /** e^x: +inf on overflow, 0 below the subnormals, glibc's bits (Libm). */
    public static double exp(double x) {
        return Libm.exp(x);
    }

    /**
     * x^y as C's pow (CPython's float ** without its exceptions), glibc's bits (Libm): y == 0 and x == 1
     * give 1 even with NaN; a negative x needs an integer y (else NaN); 0 to a negative power is inf.
     */
    public static double pow(double x, double y) {
        return Libm.pow(x, y);
    }

    /** e^x - 1, glibc's bits (Libm). */
    public static double expm1(double x) {
        return Libm.expm1(x);
    }

    /** tanh(x), glibc's bits (Libm): +-1 from |x| = 22 on, never NaN for finite x. */
    public static double tanh(double x) {
        return Libm.tanh(x);
    }

    /** Sine, glibc's bits (Trig): NaN for infinities. */
    public static double sin(double x) {
        return Trig.sin(x);
    }

    /** Cosine, glibc's bits (Trig): NaN for infinities. */
    public static double cos(double x) {
        return Trig.cos(x);
    }

    /** Tangent, glibc's bits (Trig): NaN for infinities. */
    public static double tan(double x) {
        return Trig.tan(x);
    }

    /** Arc tangent, glibc's bits (Arc). */
    public static double atan(double x) {
        return Arc.atan(x);
    }

    /** atan2(y, x), glibc's bits (Arc), whose special values are CPython's m_atan2's. */
    public static double atan2(double y, double x) {
        return Arc.atan2(y, x);
    }

    /** Arc sine, glibc's bits (Arc): NaN beyond [-1, 1]. */
    public static double asin(double x) {
        return Arc.asin(x);
    }

    /** Arc cosine, glibc's bits (Arc): NaN beyond [-1, 1]. */
    public static double acos(double x) {
        return Arc.acos(x);
    }

    /** Hyperbolic sine, glibc's bits (Hyper): +-inf on overflow. */
    public static double sinh(double x) {
        return Hyper.sinh(x);
    }

    /** Hyperbolic cosine, glibc's bits (Hyper): +inf on overflow. */
    public static double cosh(double x) {
        return Hyper.cosh(x);
    }

    /** math.hypot(x, y) as CPython 3.11 computes it (not libm's hypot). */
    public static double hypot(double x, double y) {
        return Hyper.hypot(x, y);
    }
}
