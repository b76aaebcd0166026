package dev.backprop.lang;

import dev.backprop.py.Chars;

/**
 * Python's format-spec mini-language for strings ({@code f'{s:>8}'}) and padding; numbers are formatted by
 * {@link dev.backprop.py.Num#format} and {@link dev.backprop.py.Num#percent}.
 */
final class Fmt {
    private Fmt() {
    }

    static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = '-';
        boolean alt;
        boolean zero;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
    }

    /** Parses a spec; returns null when it is malformed. */
    static Spec parse(String s) {
        Spec sp = new Spec();
        int i = 0;
        int n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            sp.fill = s.charAt(0);
            sp.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            sp.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '#') {
            sp.alt = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            sp.zero = true;
            i++;
        }
        int w = 0;
        boolean hasW = false;
        while (i < n && Chars.isDigit(s.charAt(i))) {
            w = w * 10 + (s.charAt(i++) - '0');
            hasW = true;
            if (w > 10000) {
                return null;
            }
        }
        if (hasW) {
            sp.width = w;
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            sp.grouping = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int pr = 0;
            boolean hasP = false;
            while (i < n && Chars.isDigit(s.charAt(i))) {
                pr = pr * 10 + (s.charAt(i++) - '0');
                hasP = true;
                if (pr > 10000) {
                    return null;
                }
            }
            if (!hasP) {
                return null;
            }
            sp.precision = pr;
        }
        if (i < n) {
            sp.type = s.charAt(i++);
        }
        if (i != n) {
            return null;
        }
        return sp;
    }

    static String formatStr(String s, Spec sp) {
        if (sp.type != 0 && sp.type != 's') {
            return null;
        }
        if (sp.sign != '-' || sp.grouping != 0) {
            return null;
        }
        if (sp.precision >= 0 && s.length() > sp.precision) {
            s = s.substring(0, sp.precision);
        }
        return pad("", s, sp, '<');
    }

    static String pad(String sign, String body, Spec sp, char defAlign) {
        int len = sign.length() + body.length();
        if (sp.width <= len) {
            return sign + body;
        }
        char align = sp.align;
        char fill = sp.fill;
        if (align == 0 && sp.zero) {
            align = '=';
            fill = '0';
        }
        if (align == 0) {
            align = defAlign;
        }
        int n = sp.width - len;
        StringBuilder sb = new StringBuilder();
        switch (align) {
            case '<':
                sb.append(sign).append(body);
                repeat(sb, fill, n);
                break;
            case '^':
                repeat(sb, fill, n / 2);
                sb.append(sign).append(body);
                repeat(sb, fill, n - n / 2);
                break;
            case '=':
                sb.append(sign);
                repeat(sb, fill, n);
                sb.append(body);
                break;
            default:
                repeat(sb, fill, n);
                sb.append(sign).append(body);
                break;
        }
        return sb.toString();
    }

    private static void repeat(StringBuilder sb, char c, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
    }
}
