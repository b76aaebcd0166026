package dev.backprop.py;

import java.util.List;

/**
 * CPython's {@code random.Random}, bit for bit: MT19937 seeded by {@code init_by_array} over the 32-bit
 * words of {@code abs(n)}, and the module's algorithms on top ({@code random}, {@code uniform},
 * {@code gauss}, {@code normalvariate}, {@code getrandbits}, {@code randrange}, {@code randint},
 * {@code choice}, {@code shuffle}, {@code sample}). So {@code random.seed(1337)} in a playground program
 * gives the numbers CPython gives, and micrograd's {@code MLP} gets the same initial weights.
 *
 * <p>{@code gauss} and {@code normalvariate} also call log, cos and sin. CPython takes them from the C
 * library; {@link PyMath} has glibc's bits for them, the same on the JVM and in the browser, so these are
 * exact too.
 */
public final class PyRandom implements Rng {
    private static final int N = 624;
    private static final int M = 397;
    private static final double TWOPI = 6.283185307179586;
    /** CPython's NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0). */
    private static final double NV_MAGICCONST = 1.7155277699214135;

    private final int[] mt = new int[N];
    private int mti;
    private double gaussNext;
    private boolean hasGaussNext;

    /** Seeded like {@code random.Random(0)}; programs that never call seed get this fixed stream. */
    public PyRandom() {
        seed(0);
    }

    /**
     * A seed that differs from run to run, as CPython's unseeded random (seeded from the OS): the clock mixed
     * with a fresh object's identity hash (both available under TeaVM).
     */
    public static long entropy() {
        long x = System.nanoTime() ^ (System.currentTimeMillis() << 20) ^ ((long) System.identityHashCode(new Object()) << 32);
        x ^= x >>> 33; // mix, so runs a few nanoseconds apart start far apart
        x *= 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }

    public PyRandom(long seed) {
        seed(seed);
    }

    /** CPython's {@code seed(n)} for an int: init_by_array over the 32-bit words of abs(n), low word first. */
    public void seed(long n) {
        long a = Math.abs(n); // Long.MIN_VALUE stays negative: read it as unsigned 2^63 below
        int hi = (int) (a >>> 32);
        int lo = (int) a;
        seedWords(hi != 0 ? new int[] {lo, hi} : new int[] {lo});
    }

    /** CPython's {@code seed(n)} for an int of any size: the 32-bit words of abs(n), least significant first. */
    public void seedWords(int[] key) {
        int len = key.length;
        while (len > 1 && key[len - 1] == 0) {
            len--;
        }
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, len); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= len) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        hasGaussNext = false;
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    /** The next 32 bits of MT19937, as an unsigned value in a long. */
    public long nextUint32() {
        if (mti >= N) {
            int kk;
            int y;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    /** {@code getstate()}'s middle part: the 624 state words (unsigned) and the position, 625 values. */
    public long[] state() {
        long[] s = new long[N + 1];
        for (int i = 0; i < N; i++) {
            s[i] = mt[i] & 0xffffffffL;
        }
        s[N] = mti;
        return s;
    }

    /** {@code setstate()}: 624 words and a position in [0, 624] (the caller checks sizes and ranges). */
    public void setState(long[] s) {
        for (int i = 0; i < N; i++) {
            mt[i] = (int) s[i];
        }
        mti = (int) s[N];
    }

    /** The second value of gauss()'s last pair, or null: getstate()'s third part. */
    public Double gaussNext() {
        return hasGaussNext ? gaussNext : null;
    }

    public void setGaussNext(Double g) {
        hasGaussNext = g != null;
        gaussNext = g == null ? 0 : g;
    }

    /** {@code random()}: 53 random bits, (a * 2^26 + b) / 2^53 from two draws. */
    @Override
    public double random() {
        long a = nextUint32() >>> 5;
        long b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)} for 0 <= k <= 63 (CPython fills 32-bit words from the low end). */
    public long getrandbits(int k) {
        if (k < 0 || k > 63) {
            throw new IllegalArgumentException("getrandbits supports 0 <= k <= 63 here, got " + k);
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return nextUint32() >>> (32 - k);
        }
        long lo = nextUint32();
        long hi = nextUint32() >>> (64 - k);
        return lo | (hi << 32);
    }

    /** CPython's {@code _randbelow_with_getrandbits(n)}: uniform in [0, n), n > 0. */
    public long randbelow(long n) {
        if (n <= 0) {
            return 0;
        }
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbits(k);
        while (r >= n) {
            r = getrandbits(k);
        }
        return r;
    }

    /** {@code randrange(stop)}. */
    public long randrange(long stop) {
        if (stop > 0) {
            return randbelow(stop);
        }
        throw new IllegalArgumentException("empty range for randrange()");
    }

    /** {@code randrange(start, stop, step)}, with CPython's errors. */
    public long randrange(long start, long stop, long step) {
        long width = stop - start;
        if (step == 1) {
            if (width > 0) {
                return start + randbelow(width);
            }
            throw new IllegalArgumentException("empty range for randrange(" + start + ", " + stop + ", " + step + ")");
        }
        long n;
        if (step > 0) {
            n = Math.floorDiv(width + step - 1, step);
        } else if (step < 0) {
            n = Math.floorDiv(width + step + 1, step);
        } else {
            throw new IllegalArgumentException("zero step for randrange()");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("empty range for randrange(" + start + ", " + stop + ", " + step + ")");
        }
        return start + step * randbelow(n);
    }

    /** {@code randint(a, b)}: randrange(a, b + 1). */
    public long randint(long a, long b) {
        return randrange(a, b + 1, 1);
    }

    /** The index {@code choice(seq)} picks for a sequence of this size. */
    public int choiceIndex(int size) {
        if (size <= 0) {
            throw new IndexOutOfBoundsException("Cannot choose from an empty sequence");
        }
        return (int) randbelow(size);
    }

    /** {@code shuffle(x)} in place: for i in reversed(range(1, n)): swap x[i], x[randbelow(i + 1)]. */
    public <T> void shuffle(List<T> x) {
        for (int i = x.size() - 1; i >= 1; i--) {
            int j = (int) randbelow(i + 1);
            T t = x.get(i);
            x.set(i, x.get(j));
            x.set(j, t);
        }
    }

    /**
     * The indices {@code sample(population, k)} picks from a population of size n, in order, with
     * CPython's two strategies (a pool for small populations, rejection with a set for large ones).
     */
    public int[] sample(int n, int k) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("Sample larger than population or is negative");
        }
        int[] result = new int[k];
        int setsize = 21;
        if (k > 5) {
            // 4 ** ceil(log(3k, 4)), as CPython computes it (math.log(x, 4) is log(x) / log(4))
            double c = Math.ceil(PyMath.log(k * 3) / PyMath.log(4));
            int pow = 1;
            for (int i = 0; i < c; i++) {
                pow *= 4;
            }
            setsize += pow;
        }
        if (n <= setsize) {
            int[] pool = new int[n];
            for (int i = 0; i < n; i++) {
                pool[i] = i;
            }
            for (int i = 0; i < k; i++) {
                int j = (int) randbelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            java.util.HashSet<Integer> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = (int) randbelow(n);
                while (selected.contains(j)) {
                    j = (int) randbelow(n);
                }
                selected.add(j);
                result[i] = j;
            }
        }
        return result;
    }

    /** {@code uniform(a, b)}: a + (b - a) * random(). */
    @Override
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /** {@code gauss(mu, sigma)}: Box-Muller, keeping the second value of each pair for the next call. */
    public double gauss(double mu, double sigma) {
        double z;
        if (hasGaussNext) {
            z = gaussNext;
            hasGaussNext = false;
        } else {
            double x2pi = random() * TWOPI;
            double g2rad = Math.sqrt(-2.0 * PyMath.log(1.0 - random()));
            z = PyMath.cos(x2pi) * g2rad;
            gaussNext = PyMath.sin(x2pi) * g2rad;
            hasGaussNext = true;
        }
        return mu + z * sigma;
    }

    /** {@code normalvariate(mu, sigma)}: Kinderman and Monahan's ratio method. */
    public double normalvariate(double mu, double sigma) {
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -PyMath.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }
}
