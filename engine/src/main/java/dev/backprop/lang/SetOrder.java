package dev.backprop.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * CPython's iteration order of a set of numbers: the order of its hash table, simulated by inserting the
 * elements in insertion order (exact while nothing was removed). Sets holding anything else (strings,
 * Values, ...) keep insertion order: CPython's order for those depends on hash randomization or addresses.
 */
final class SetOrder {
    private SetOrder() {
    }

    static final long MODULUS = (1L << 61) - 1;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    static List<Object> order(Collection<Object> items) {
        return order(items, false);
    }

    /**
     * @param literal a set display of three or more constants: CPython builds a frozenset constant and
     *                merges it into a new set, which can reorder it once more
     */
    static List<Object> order(Collection<Object> items, boolean literal) {
        if (literal) {
            // the compiler's frozenset constant is rebuilt once from its own iteration order
            // (merge_consts_recursive), then merged into the new set
            return order0(order0(items, false), true);
        }
        return order0(items, false);
    }

    private static List<Object> order0(Collection<Object> items, boolean literal) {
        List<Object> in = new ArrayList<>(items);
        if (in.size() < 2) {
            return in;
        }
        long[] hashes = new long[in.size()];
        for (int i = 0; i < hashes.length; i++) {
            Object o = in.get(i);
            if (o instanceof Long || o instanceof BigInt) {
                hashes[i] = Ints.hash(o);
            } else if (o instanceof Boolean) {
                hashes[i] = ((Boolean) o) ? 1 : 0;
            } else if (o instanceof Double) {
                hashes[i] = hashDouble((Double) o);
            } else {
                return in;
            }
        }
        int mask = 7;
        int[] table = new int[8];
        java.util.Arrays.fill(table, -1);
        int fill = 0;
        for (int k = 0; k < hashes.length; k++) {
            insert(table, mask, hashes, k);
            fill++;
            if ((long) fill * 5 >= (long) mask * 3) {
                int minused = fill > 50000 ? fill * 2 : fill * 4;
                int size = 8;
                while (size <= minused) {
                    size <<= 1;
                }
                int[] old = table;
                table = new int[size];
                java.util.Arrays.fill(table, -1);
                mask = size - 1;
                for (int e : old) {
                    if (e >= 0) {
                        insert(table, mask, hashes, e);
                    }
                }
            }
        }
        if (literal) {
            int n = in.size();
            int size = 8;
            if (n * 5 >= 7 * 3) {
                while (size <= n * 2) {
                    size <<= 1;
                }
            }
            if (size != table.length) {
                int[] merged = new int[size];
                java.util.Arrays.fill(merged, -1);
                for (int e : table) {
                    if (e >= 0) {
                        insert(merged, size - 1, hashes, e);
                    }
                }
                table = merged;
            }
        }
        List<Object> out = new ArrayList<>(in.size());
        for (int e : table) {
            if (e >= 0) {
                out.add(in.get(e));
            }
        }
        return out;
    }

    private static void insert(int[] table, int mask, long[] hashes, int k) {
        long hash = hashes[k];
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] < 0) {
                table[i] = k;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] < 0) {
                        table[i + j] = k;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    static long hashLong(long n) {
        long h;
        if (n >= 0) {
            h = n % MODULUS;
        } else {
            h = n == Long.MIN_VALUE ? -(Long.remainderUnsigned(n, MODULUS)) : -((-n) % MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's _Py_HashDouble. */
    static long hashDouble(double v) {
        if (Double.isNaN(v)) {
            return 0; // CPython hashes NaN by address; any order will do
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return hashLong((long) v);
        }
        // frexp by halving and doubling (exact), without Math.getExponent/scalb (TeaVM)
        double m = v;
        int e = 0;
        while (Math.abs(m) >= 1) {
            m /= 2;
            e++;
        }
        while (Math.abs(m) < 0.5) {
            m *= 2;
            e--;
        }
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }
}
