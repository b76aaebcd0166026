package dev.backprop.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** CPython 3.11's "Did you mean: 'x'?" for NameError and AttributeError (Python/suggestions.c). */
final class Suggest {
    private Suggest() {
    }

    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_STRING_SIZE = 40;

    private static int substitutionCost(char a, char b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        if (a >= 'A' && a <= 'Z') {
            a += 'a' - 'A';
        }
        if (b >= 'A' && b <= 'Z') {
            b += 'a' - 'A';
        }
        return a == b ? CASE_COST : MOVE_COST;
    }

    static int distance(String a, String b, int maxCost) {
        int as = 0;
        int bs = 0;
        int ae = a.length();
        int be = b.length();
        while (as < ae && bs < be && a.charAt(as) == b.charAt(bs)) {
            as++;
            bs++;
        }
        while (ae > as && be > bs && a.charAt(ae - 1) == b.charAt(be - 1)) {
            ae--;
            be--;
        }
        int aSize = ae - as;
        int bSize = be - bs;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) {
            String t = a;
            a = b;
            b = t;
            int x = as;
            as = bs;
            bs = x;
            x = aSize;
            aSize = bSize;
            bSize = x;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        for (int i = 0; i < aSize; i++) {
            buffer[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            char code = b.charAt(bs + bi);
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < aSize; ai++) {
                int substitute = distance + substitutionCost(code, a.charAt(as + ai));
                distance = buffer[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[ai] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    /** The best candidate for a mistyped name, or null. */
    static String best(String name, Collection<String> candidates) {
        List<String> dir = new ArrayList<>(candidates);
        Collections.sort(dir);
        if (dir.size() > 750) {
            return null;
        }
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (String item : dir) {
            if (item.equals(name)) {
                continue;
            }
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, suggestionDistance - 1);
            int d = distance(name, item, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    static String hint(String name, List<Collection<String>> scopes) {
        for (Collection<String> c : scopes) {
            String s = best(name, c);
            if (s != null) {
                return ". Did you mean: '" + s + "'?";
            }
        }
        return "";
    }
}
