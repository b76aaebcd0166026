package dev.backprop.py;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Libm against CPython 3.11 (glibc 2.36, x86-64 with FMA): 1,000,000 inputs per function, compared per
 * block of 1,000 with the digests tools/libm/gen_libm.py wrote. A failing block is named with its first
 * differing input when python3.11 is on the PATH (it recomputes that block), else by its index range.
 */
class LibmTest {

    @Test
    void everyFunctionMatchesCPythonBitForBit() throws IOException, InterruptedException {
        List<String> bad = new ArrayList<>();
        for (LibmCases.Fn fn : LibmCases.FNS) {
            Expected want = Expected.read(fn.name());
            double[][] in = LibmCases.inputs(fn, LibmCases.N);
            long[] outs = LibmCases.outputs(fn, in);
            assertEquals(LibmCases.N / LibmCases.BLOCK, want.digests.size(), fn.name() + " digests");
            int failing = 0;
            for (int b = 0; b < want.digests.size(); b++) {
                int from = b * LibmCases.BLOCK;
                if (LibmCases.digest(outs, from, from + LibmCases.BLOCK) != want.digests.get(b)) {
                    if (failing++ < 3) {
                        bad.add(fn.name() + " block " + b + ": " + firstDifference(fn, b, in, outs));
                    }
                }
            }
            if (failing > 0) {
                bad.add(fn.name() + ": " + failing + " of " + want.digests.size() + " blocks differ");
            }
            assertTrue(want.samples.size() >= 100, fn.name() + " samples");
            for (long[] s : want.samples) {
                if (s[1] != outs[(int) s[0]]) {
                    bad.add(fn.name() + " sample " + s[0] + ": CPython " + Long.toHexString(s[1]) + ", Libm "
                            + Long.toHexString(outs[(int) s[0]]));
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void fmaIsFused() {
        LibmCases.Fn fn = LibmCases.FNS[2];
        double[][] in = LibmCases.inputs(fn, 200_000);
        for (int i = 0; i + 2 < in[0].length; i++) {
            double a = in[0][i];
            double b = in[1][i];
            double c = in[1][i + 1] * in[0][i + 2];
            if (!(Math.abs(a * b) > 0x1p-900 && Math.abs(a * b) < 0x1p900 && Math.abs(c) < 0x1p900)) {
                continue;                        // outside fma's documented domain (no underflow of the product's low half)
            }
            assertEquals(Math.fma(a, b, c), Libm.fma(a, b, c), a + " * " + b + " + " + c);
            assertEquals(Math.fma(a, b, -a * b), Libm.fma(a, b, -a * b), a + " * " + b + " - product");
        }
    }

    /** Block b's first differing input, from python3.11 (gen_libm.py --block). */
    private static String firstDifference(LibmCases.Fn fn, int b, double[][] in, long[] outs)
            throws IOException, InterruptedException {
        int from = b * LibmCases.BLOCK;
        String range = "inputs " + from + ".." + (from + LibmCases.BLOCK - 1);
        Process p;
        try {
            p = new ProcessBuilder("python3.11", "tools/libm/gen_libm.py", "--block", fn.name(), "" + b)
                    .directory(new java.io.File("..")).redirectErrorStream(true).start();
        } catch (IOException e) {
            return range + " (python3.11 not found to name the input)";
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(" ");
                if (f.length < 3) {
                    continue;
                }
                int i = Integer.parseInt(f[0]);
                long want = Long.parseUnsignedLong(f[f.length - 1], 16);
                if (outs[i] != want) {
                    p.destroy();
                    return "input " + i + " " + fn.name() + "(" + Num.repr(in[0][i])
                            + (f.length == 4 ? ", " + Num.repr(in[1][i]) : "") + "): CPython "
                            + Num.repr(Double.longBitsToDouble(want)) + " (" + f[f.length - 1] + "), Libm "
                            + Num.repr(Double.longBitsToDouble(outs[i])) + " (" + Long.toHexString(outs[i]) + ")";
                }
            }
        }
        p.waitFor();
        return range + " (no single output differs: check the generator)";
    }

    /** A committed file: digests per block and sampled full values (ParityIT reads them too). */
    static final class Expected {
        final List<Integer> digests = new ArrayList<>();
        final List<long[]> samples = new ArrayList<>();

        static Expected read(String name) throws IOException {
            Expected e = new Expected();
            InputStream s = LibmTest.class.getResourceAsStream("libm/" + name + ".txt");
            assertTrue(s != null, "missing libm/" + name + ".txt: run python3.11 tools/libm/gen_libm.py");
            try (BufferedReader in = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("s ")) {
                        String[] f = line.split(" ");
                        e.samples.add(new long[] {Long.parseLong(f[1]), Long.parseUnsignedLong(f[2], 16)});
                    } else {
                        e.digests.add((int) Long.parseLong(line, 16));
                    }
                }
            }
            return e;
        }
    }
}
