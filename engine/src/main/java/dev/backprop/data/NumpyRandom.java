package dev.backprop.data;

import dev.backprop.py.PyMath;
import dev.backprop.py.Rng;

/**
 * numpy's legacy {@code RandomState} (what {@code np.random.seed(n)} sets up), the parts the data sets
 * use: MT19937 seeded with {@code init_genrand}, 53-bit doubles, the polar-method gaussian with its cached
 * second value, {@code random_interval} and {@code shuffle}. It is here so that
 * {@code Shape.generate(Shape.MOONS, 100, 0.1, 1337)} is the data of micrograd's demo notebook
 * ({@code np.random.seed(1337); make_moons(n_samples=100, noise=0.1)}).
 *
 * <p>Only int arithmetic, {@code sqrt} and {@code PyMath.log} (glibc's log, which numpy's legacy gauss calls):
 * the same numbers on the JVM and under TeaVM.
 */
public final class NumpyRandom implements Rng {

    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int pos;
    private boolean hasGauss;
    private double gauss;

    /** {@code np.random.seed(seed)} for a seed in [0, 2**32). */
    public NumpyRandom(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("seed must be between 0 and 2**32 - 1, got " + seed);
        }
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            mt[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /** The next 32 random bits (numpy's {@code next_uint32}). */
    public int nextInt32() {
        if (pos == N) {
            generate();
        }
        int y = mt[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void generate() {
        int i = 0;
        for (; i < N - M; i++) {
            int y = (mt[i] & 0x80000000) | (mt[i + 1] & 0x7fffffff);
            mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
        }
        for (; i < N - 1; i++) {
            int y = (mt[i] & 0x80000000) | (mt[i + 1] & 0x7fffffff);
            mt[i] = mt[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
        }
        int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
        pos = 0;
    }

    /** {@code np.random.random()}: a double in [0, 1) from 53 random bits. */
    @Override
    public double random() {
        int a = nextInt32() >>> 5;
        int b = nextInt32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** {@code np.random.standard_normal()} (legacy polar method; every second call returns the cached value). */
    public double gauss() {
        if (hasGauss) {
            hasGauss = false;
            double g = gauss;
            gauss = 0;
            return g;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * random() - 1.0;
            x2 = 2.0 * random() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * PyMath.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code np.random.normal(loc, scale)}. */
    public double normal(double loc, double scale) {
        return loc + scale * gauss();
    }

    /** numpy's {@code random_interval(max)}: uniform in [0, max] by masked rejection, for max below 2**31. */
    public int interval(int max) {
        if (max == 0) {
            return 0;
        }
        int mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        int value;
        do {
            value = nextInt32() & mask;
        } while (value > max);
        return value;
    }

    /** {@code np.random.shuffle(a)} for a 1-d array. */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = interval(i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
