package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IntsTest {
    /** The same value as the playground's own big int (test side: java.math.BigInteger is the reference). */
    static BigInt b(BigInteger x) {
        return BigInt.parse(x.toString(16), 16);
    }

    /** programs/ints.py: operators, conversions, hashing, keys and messages, character for character CPython's. */
    @Test
    void bigIntsPrintCPythonsText() {
        assertNull(Expected.exactly("ints"));
    }

    @Test
    void normalizedSoEqualIntsAreEqualKeys() {
        assertEquals(Long.class, Ints.norm(b(BigInteger.valueOf(Long.MIN_VALUE))).getClass());
        assertEquals(BigInt.class, Ints.norm(b(BigInteger.ONE.shiftLeft(63))).getClass());
        assertEquals(Ints.norm(b(BigInteger.ONE.shiftLeft(70))), Ints.ofDouble(Math.pow(2, 70)));
    }

    @Test
    void wordsAreTheMagnitudeLeastSignificantFirst() {
        // 2**64 + 5 as CPython's random.seed sees it: [5, 0, 1]
        assertArrayEquals(new int[] {5, 0, 1}, Ints.words(b(BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(5)))));
        assertArrayEquals(new int[] {0}, Ints.words(0L));
        assertArrayEquals(new int[] {-1}, Ints.words(-4294967295L));
    }

    @Test
    void trueDivisionIsCorrectlyRoundedAtTies() {
        // (2^53 + 1) / 1: a tie between 2^53 and 2^53 + 2 that rounds to even; + 2^-70 breaks it upward
        BigInteger t = BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE);
        assertEquals(9007199254740992.0, Ints.trueDiv(b(t.shiftLeft(70)), b(BigInteger.ONE.shiftLeft(70))));
        assertEquals(9007199254740994.0, Ints.trueDiv(b(t.shiftLeft(70).add(BigInteger.ONE)), b(BigInteger.ONE.shiftLeft(70))));
    }
}
