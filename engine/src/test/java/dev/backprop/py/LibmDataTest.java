package dev.backprop.py;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LibmDataTest {
    /** FNV-1a over the 64-bit words (h ^= w; h *= prime), as computed from the former long[] literals. */
    private static long fnv(long[] w) {
        long h = 0xcbf29ce484222325L;
        for (long v : w) {
            h ^= v;
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Test
    void decodedTablesAreGlibcsWords() {
        // lengths, ends and checksums of glibc 2.36's __exp_data, __log_data, __pow_log_data (x86-64)
        assertEquals(270, LibmData.EXP.length);
        assertEquals(0x40671547652b82feL, LibmData.EXP[0]);
        assertEquals(0x3feff3c22b8f71f1L, LibmData.EXP[269]);
        assertEquals(0x5c17cc1b174ce865L, fnv(LibmData.EXP));
        assertEquals(274, LibmData.LOG.length);
        assertEquals(0x3fe62e42fefa3800L, LibmData.LOG[0]);
        assertEquals(0x3fd432eee32fe000L, LibmData.LOG[273]);
        assertEquals(0x0b1ab785d8d578e8L, fnv(LibmData.LOG));
        assertEquals(521, LibmData.POW_LOG.length);
        assertEquals(0x3fe62e42fefa3800L, LibmData.POW_LOG[0]);
        assertEquals(0xbd0a0b2a08a465dcL, LibmData.POW_LOG[520]);
        assertEquals(0x95f03570db9f99e4L, fnv(LibmData.POW_LOG));
    }

    @Test
    void decodeReadsElevenDigitsPerWordMostSignificantFirst() {
        assertEquals(1, LibmData.decode("AAAAAAAAAAB").length);
        assertEquals(1L, LibmData.decode("AAAAAAAAAAB")[0]);
        assertEquals(-1L, LibmData.decode("P//////////")[0]);
        assertEquals(64L + 63, LibmData.decode("AAAAAAAAAB/")[0]);
    }
}
