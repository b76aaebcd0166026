package dev.backprop.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares program output with CPython's: byte for byte, or (diff) text exactly and numbers to 1e-9 (relative above 1). */
public final class Expected {
    private Expected() {
    }

    private static final Pattern NUM = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** Null when byte for byte equal, else the first differing line. */
    public static String firstDifference(String expected, String actual) {
        return diff(expected, actual, true);
    }

    /** Null when equal (numbers to 1e-9), else a description of the first difference. */
    static String diff(String expected, String actual) {
        return diff(expected, actual, false);
    }

    private static String diff(String expected, String actual, boolean exact) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<missing>";
            String al = i < a.length ? a[i] : "<missing>";
            if (exact ? !el.equals(al) : !lineEquals(el, al)) {
                return "line " + (i + 1) + "\n  expected: " + el + "\n  actual:   " + al;
            }
        }
        return null;
    }

    static boolean lineEquals(String e, String a) {
        if (e.equals(a)) {
            return true;
        }
        List<String> et = tokens(e);
        List<String> at = tokens(a);
        if (et.size() != at.size()) {
            return false;
        }
        for (int i = 0; i < et.size(); i++) {
            String x = et.get(i);
            String y = at.get(i);
            if (x.equals(y)) {
                continue;
            }
            if (i % 2 == 0) {
                return false; // text segments must match exactly
            }
            double dx = Double.parseDouble(x);
            double dy = Double.parseDouble(y);
            if (Math.abs(dx - dy) > 1e-9 * Math.max(1, Math.max(Math.abs(dx), Math.abs(dy)))) {
                return false;
            }
        }
        return true;
    }

    /** Alternating text, number, text, number, ..., text. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = NUM.matcher(s);
        int last = 0;
        while (m.find()) {
            out.add(s.substring(last, m.start()));
            out.add(m.group());
            last = m.end();
        }
        out.add(s.substring(last));
        return out;
    }

    /**
     * Runs programs/NAME.py through Program.run and returns null when its output is character for character
     * CPython's (programs/NAME.out, from tools/micrograd/gen_expected.sh), else the first differing line.
     * For number text, where {@link #diff}'s tolerance would hide a wrong last digit.
     */
    static String exactly(String name) {
        Path dir = Path.of("src/test/resources/programs");
        try {
            String src = Files.readString(dir.resolve(name + ".py"), StandardCharsets.UTF_8);
            String want = Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8);
            Run run = ProgramTest.runBig(src);
            String got = run.text() + (run.error() != null ? "ERROR " + run.error().kind() + " " + run.error().line() + "\n" : "");
            String[] w = want.split("\n", -1);
            String[] g = got.split("\n", -1);
            for (int i = 0; i < Math.max(w.length, g.length); i++) {
                String wl = i < w.length ? w[i] : "<missing>";
                String gl = i < g.length ? g[i] : "<missing>";
                if (!wl.equals(gl)) {
                    return name + " line " + (i + 1) + "\n  CPython: " + wl + "\n  ours:    " + gl;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
