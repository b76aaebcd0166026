package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** BigInt against java.math.BigInteger (the reference, test side only) on many random operands. */
class BigIntTest {
    private static final BigInteger MOD61 = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    /** Operands of every size class: 0, small, word-boundary patterns, and up to {@code maxBits} random bits. */
    private static BigInteger random(Random r, int maxBits) {
        int kind = r.nextInt(8);
        BigInteger x;
        switch (kind) {
            case 0:
                x = BigInteger.valueOf(r.nextInt(5) - 2);
                break;
            case 1:
                x = BigInteger.valueOf(r.nextLong());
                break;
            case 2: // 2^k +- small: carries and borrows across every word
                x = BigInteger.ONE.shiftLeft(r.nextInt(maxBits)).add(BigInteger.valueOf(r.nextInt(5) - 2));
                break;
            case 3: // all ones: qhat corrections in division
                x = BigInteger.ONE.shiftLeft(1 + r.nextInt(maxBits)).subtract(BigInteger.ONE);
                break;
            default:
                x = new BigInteger(1 + r.nextInt(maxBits), r);
        }
        return r.nextBoolean() ? x.negate() : x;
    }

    private static BigInt b(BigInteger x) {
        return BigInt.parse(x.toString(), 10);
    }

    /** Same sign, magnitude words and bit length (text is compared in textInEveryRadix). */
    private static void same(BigInteger want, BigInt got, String what) {
        assertEquals(want.signum(), got.signum(), what);
        assertArrayEquals(words(want.abs()), got.words(), what);
        assertEquals(want.bitLength(), got.bitLength(), what);
    }

    private static int[] words(BigInteger m) {
        int n = Math.max(1, (m.bitLength() + 31) / 32);
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = m.shiftRight(32 * i).intValue();
        }
        return w;
    }

    @Test
    void arithmeticMatchesBigInteger() {
        Random r = new Random(20261202);
        for (int k = 0; k < 8_000; k++) {
            int bits = k < 7_000 ? 300 : 4000; // the larger ones cross the Karatsuba threshold
            BigInteger x = random(r, bits);
            BigInteger y = random(r, bits);
            BigInt a = b(x);
            BigInt c = b(y);
            String what = x + " , " + y;
            same(x.add(y), a.add(c), "add " + what);
            same(x.subtract(y), a.subtract(c), "sub " + what);
            same(x.multiply(y), a.multiply(c), "mul " + what);
            assertEquals(x.compareTo(y), a.compareTo(c), "cmp " + what);
            assertEquals(x.equals(y), a.equals(c), "equals " + what);
            if (y.signum() != 0) {
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInt[] mine = a.divideAndRemainder(c);
                same(qr[0], mine[0], "quot " + what);
                same(qr[1], mine[1], "rem " + what);
                if (y.signum() > 0) {
                    same(x.mod(y), a.mod(c), "mod " + what);
                }
            }
            same(x.and(y), a.and(c), "and " + what);
            same(x.or(y), a.or(c), "or " + what);
            same(x.xor(y), a.xor(c), "xor " + what);
            same(x.not(), a.not(), "not " + what);
            if (bits < 1000) {
                same(x.gcd(y), a.gcd(c), "gcd " + what);
            }
            int s = r.nextInt(200);
            same(x.shiftLeft(s), a.shiftLeft(s), "shl " + s + " " + what);
            same(x.shiftRight(s), a.shiftRight(s), "shr " + s + " " + what);
            assertEquals(x.longValue(), a.longValue(), "long " + what);
            assertEquals(x.abs().getLowestSetBit(), a.lowestSetBit(), "lowest " + what);
            assertEquals(x.testBit(0), a.isOdd(), "odd " + what);
        }
    }

    @Test
    void productsAboveTheKaratsubaThreshold() {
        Random r = new Random(7);
        for (int k = 0; k < 30; k++) {
            BigInteger x = new BigInteger(1 + r.nextInt(60_000), r);
            BigInteger y = new BigInteger(1 + r.nextInt(60_000), r);
            if (r.nextBoolean()) {
                y = y.negate();
            }
            same(x.multiply(y), b(x).multiply(b(y)), "mul of " + x.bitLength() + " x " + y.bitLength() + " bits");
            same(x.multiply(x), b(x).multiply(b(x)), "square of " + x.bitLength() + " bits");
        }
    }

    @Test
    void largeDivisions() {
        Random r = new Random(11);
        for (int k = 0; k < 200; k++) {
            BigInteger x = random(r, 20_000);
            BigInteger y = random(r, 1 + r.nextInt(12_000));
            if (y.signum() == 0) {
                continue;
            }
            BigInteger[] qr = x.divideAndRemainder(y);
            BigInt[] mine = b(x).divideAndRemainder(b(y));
            same(qr[0], mine[0], "quot");
            same(qr[1], mine[1], "rem");
        }
    }

    @Test
    void powersAndModularArithmetic() {
        Random r = new Random(3);
        for (int k = 0; k < 1_000; k++) {
            BigInteger x = random(r, 200);
            int e = r.nextInt(40);
            same(x.pow(e), b(x).pow(e), "pow " + x + " " + e);
            BigInteger m = random(r, 150).abs().add(BigInteger.ONE);
            BigInteger y = random(r, 150).abs();
            same(x.modPow(y, m), b(x).modPow(b(y), b(m)), "modPow " + x + " " + y + " " + m);
            if (x.gcd(m).equals(BigInteger.ONE)) {
                same(x.modInverse(m), b(x).modInverse(b(m)), "modInverse " + x + " " + m);
            }
        }
    }

    @Test
    void textInEveryRadix() {
        Random r = new Random(5);
        for (int k = 0; k < 5_000; k++) {
            BigInteger x = random(r, 700);
            int radix = 2 + r.nextInt(35);
            String t = x.toString(radix);
            assertEquals(t, b(x).toString(radix), "toString radix " + radix);
            assertEquals(x.toString(), BigInt.parse(t, radix).toString(), "parse radix " + radix + ": " + t);
            assertEquals(x.toString(), BigInt.parse(t.toUpperCase(), radix).toString(), "upper case");
        }
        assertEquals("-255", BigInt.parse("-ff", 16).toString());
        assertEquals("12", BigInt.parse("+0012", 10).toString());
        assertThrows(NumberFormatException.class, () -> BigInt.parse("12a", 10));
        assertThrows(NumberFormatException.class, () -> BigInt.parse("2", 2));
        assertThrows(NumberFormatException.class, () -> BigInt.parse("-", 10));
    }

    @Test
    void doublesBothWays() {
        Random r = new Random(9);
        for (int k = 0; k < 10_000; k++) {
            BigInteger x = random(r, 1100);
            // BigInteger.doubleValue rounds half to even, as CPython's float(int)
            assertEquals(x.doubleValue(), b(x).toDouble(), "float(" + x + ")");
            double d = Double.longBitsToDouble(r.nextLong());
            if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                BigInteger want = new java.math.BigDecimal(d).toBigInteger();
                assertEquals(want.toString(), BigInt.ofDouble(d).toString(), "int(" + d + ")");
            }
        }
        // the tie (2^53 + 1) * 2^70 rounds to even, one more unit below breaks it upward
        BigInteger t = BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE).shiftLeft(70);
        assertEquals(0x1p123, b(t).toDouble());
        assertEquals(0x1.0000000000001p123, b(t.add(BigInteger.ONE)).toDouble());
        assertEquals(Double.POSITIVE_INFINITY, b(BigInteger.ONE.shiftLeft(1024)).toDouble());
        assertEquals(-Double.MAX_VALUE, b(BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(971)).negate()).toDouble());
        // halfway between the largest double and 2^1024 rounds to even: infinity (CPython's OverflowError)
        assertEquals(Double.NEGATIVE_INFINITY, b(BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970)).negate()).toDouble());
    }

    @Test
    void trueDivisionCorrectlyRounded() {
        Random r = new Random(13);
        for (int k = 0; k < 2_000; k++) {
            BigInteger x = random(r, 300);
            BigInteger y = random(r, 300);
            if (y.signum() == 0) {
                continue;
            }
            // exact quotient rounded to a double: BigDecimal's division to enough digits, then half-even
            double want = new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y), new java.math.MathContext(800)).doubleValue();
            if (x.signum() == 0) {
                want = y.signum() < 0 ? -0.0 : 0.0;
            }
            assertEquals(want, BigInt.trueDiv(b(x), b(y)), x + " / " + y);
        }
    }

    @Test
    void hashIsCPythons() {
        Random r = new Random(17);
        for (int k = 0; k < 5_000; k++) {
            BigInteger x = random(r, 500);
            long h = x.abs().mod(MOD61).longValue();
            if (x.signum() < 0) {
                h = -h;
            }
            assertEquals(h == -1 ? -2 : h, b(x).pyHash(), "hash(" + x + ")");
        }
        // CPython 3.11: hash(2**61 - 1) == 0, hash(-(2**61)) == -2, hash(2**100) == 549755813888
        assertEquals(0, b(MOD61).pyHash());
        assertEquals(-2, b(MOD61.add(BigInteger.ONE).negate()).pyHash());
        assertEquals(549755813888L, b(BigInteger.ONE.shiftLeft(100)).pyHash());
    }

    @Test
    void equalValuesAreEqualKeys() {
        BigInt a = b(BigInteger.ONE.shiftLeft(100));
        BigInt c = BigInt.ONE.shiftLeft(100);
        assertEquals(a, c);
        assertEquals(a.hashCode(), c.hashCode());
        assertNotEquals(a, a.negate());
        assertArrayEquals(new int[] {0, 0, 0, 16}, c.words());
        assertArrayEquals(new int[] {0}, BigInt.ZERO.words());
        assertEquals(BigInt.ZERO, b(BigInteger.TEN).subtract(b(BigInteger.TEN)));
    }
}
