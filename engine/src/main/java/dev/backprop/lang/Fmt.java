package dev.backprop.lang;

import dev.backprop.engine.Num;

/** Python's format-spec mini-language ({@code f'{x:.4f}'}, {@code format(x, '>8')}) and {@code %}-formatting. */
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
        while (i < n && Character.isDigit(s.charAt(i))) {
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
            while (i < n && Character.isDigit(s.charAt(i))) {
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

    /** Formats a float per spec (types e E f F g G % and none) with {@link Num#format(double, String)}. */
    static String formatFloat(double x, Spec sp) {
        return Num.format(x, toString(sp));
    }

    /** The spec back as text (for %-formatting, which fills a Spec field by field). */
    static String toString(Spec sp) {
        StringBuilder sb = new StringBuilder();
        if (sp.align != 0) {
            sb.append(sp.fill).append(sp.align);
        }
        if (sp.sign != '-') {
            sb.append(sp.sign);
        }
        if (sp.alt) {
            sb.append('#');
        }
        if (sp.zero) {
            sb.append('0');
        }
        if (sp.width >= 0) {
            sb.append(sp.width);
        }
        if (sp.grouping != 0) {
            sb.append(sp.grouping);
        }
        if (sp.precision >= 0) {
            sb.append('.').append(sp.precision);
        }
        if (sp.type != 0) {
            sb.append(sp.type);
        }
        return sb.toString();
    }

    private static String sign(boolean neg, char sign) {
        return neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    private static String group(String body, char sep) {
        int dot = body.indexOf('.');
        int end = dot < 0 ? body.length() : dot;
        int start = 0;
        while (start < end && !Character.isDigit(body.charAt(start))) {
            start++;
        }
        int digitsEnd = start;
        while (digitsEnd < end && Character.isDigit(body.charAt(digitsEnd))) {
            digitsEnd++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(body, 0, start);
        String ds = body.substring(start, digitsEnd);
        for (int i = 0; i < ds.length(); i++) {
            if (i > 0 && (ds.length() - i) % 3 == 0) {
                sb.append(sep);
            }
            sb.append(ds.charAt(i));
        }
        sb.append(body, digitsEnd, body.length());
        return sb.toString();
    }

    static String formatInt(long v, Spec sp) {
        char t = sp.type;
        String body;
        boolean neg = v < 0;
        long a = Math.abs(v);
        String abs = v == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(a);
        switch (t) {
            case 0:
            case 'd':
            case 'n':
                body = abs;
                break;
            case 'b':
                body = (sp.alt ? "0b" : "") + Long.toBinaryString(a);
                break;
            case 'o':
                body = (sp.alt ? "0o" : "") + Long.toOctalString(a);
                break;
            case 'x':
                body = (sp.alt ? "0x" : "") + Long.toHexString(a);
                break;
            case 'X':
                body = (sp.alt ? "0X" : "") + Long.toHexString(a).toUpperCase();
                break;
            case 'c':
                return pad("", String.valueOf((char) v), sp, '<');
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat((double) v, sp);
            default:
                return null;
        }
        if (sp.grouping != 0) {
            body = group(body, sp.grouping);
        }
        return pad(sign(neg, sp.sign), body, sp, '>');
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
