package dev.backprop.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares program output with CPython's: text exactly, numbers to 1e-9 (relative above 1). */
final class Expected {
    private Expected() {
    }

    private static final Pattern NUM = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** Null when equal, else a description of the first difference. */
    static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<missing>";
            String al = i < a.length ? a[i] : "<missing>";
            if (!lineEquals(el, al)) {
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
}
