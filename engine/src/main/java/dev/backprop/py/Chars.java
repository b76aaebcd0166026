package dev.backprop.py;

/**
 * The java.lang.Character questions the engine asks, answered without Character's Unicode tables (in the
 * TeaVM build they cost 5.2 KB of the page's gzipped script; this table is 0.9 KB). ASCII takes a fast
 * path; every other UTF-16 unit is looked up in one small run-length table generated from JDK 17's
 * Character (CharsTest checks all 65,536 chars against java.lang.Character and prints a fresh table when
 * the JDK's Unicode moves on). Case mapping of non-ASCII chars goes through String.toUpperCase/toLowerCase
 * (native in the browser) and keeps a char unchanged when the full mapping is not one char, as Character
 * does. Unlike TeaVM's own Character, isUpperCase/isLowerCase follow the JDK (Lu/Ll plus
 * Other_Uppercase/Other_Lowercase, e.g. 'ª' is lower), so the page and the JVM agree.
 */
public final class Chars {
    private Chars() {
    }

    // Run classes in TABLE.
    private static final int NONE = 0;
    private static final int CASED = 1; // letter; upper when it has a lower-case mapping, else lower
    private static final int UPPER = 2; // letter
    private static final int LOWER = 3; // letter
    private static final int OTHER = 4; // letter, neither upper nor lower
    private static final int XUPPER = 5; // upper but not a letter (Roman numerals, circled letters)
    private static final int XLOWER = 6; // lower but not a letter
    private static final int DIGIT = 7; // Nd; runs start at a zero

    /** Runs from U+0080 on: class*8+n with n 0..6 for length n+1, n=7 for 8 + a base-45 number (see decode). */
    static final String TABLE = "*E;*%+&;'22#1;22#2[$;2+;2_$;2(;2)<2);C,;+F+C,C,C2?;+C2I;2-@26;,;+;,=,;+;,;/<+;,<+A+<+;,=0?+;CB#,B5I<"
            + "&J'*)?)C#C*r$S*E.C#,$;-#+(+#-#+#,;2,#2(;2<52<#/;2t%*#2h&#2A$C(;2A<*c$J6&F*HJF*0c%&D#JQ%#C**D)Dc%E$C*"
            + "+C#J9*8Ju$*&C*)c%J<*$D&C'J1&C*$C%C*2J4)J&*P$J0#J-*W$JQ$%C*-C)J%&c%#J+&J#$D$J1#I#C%F%C*+C*(D#E&c%D*%C"
            + "*#H&D$J1#I#D#D#D*:F#C)c%$E*+J$#E#J1#I#D#G%C*-C**D&c%*$C*&J#$D$J1#I#D#G%C*9D#E&c%#C*,C#H%E#F%D#C#D%D%"
            + "E%J'*1C*0c%*0J##E#J2#J+%C*5E'D&c%*+C&J##E#J2#J%#G%C*;C#D&c%#D*,J$#E#JD$C*+C'E*#E&c%*%H'J-%J3#J$#C$I*"
            + ":c%*,JK#D*'I*$c%*BD#C#G#J3#C#J%#D*$C$G#C*$c%$F*;C*:c%*1J##J?*6G*b%JF*/Cc%(H&F%C%D)E&J(*'C#c%(2A#+'+$"
            + "2F#C-JV*#F$I#C#F$JD#F$J<#F$I#C#F$J*#JT$#F$J_$*@J+*+2r$$0%Jl0$J,#J5'Jg$(J#)J(#F*)J-*)J-*)J(#E**JO*>C&"
            + "C%c%*Ac%(Ju$)G$J=#C'Jb$*%J:*Bc%J9$G*&JG&J5(c%*AJ2*$JP$*Fc%(c%*(C*y$JJ*,I&c%*DJ9*(Dc%JG*5J?*7c%%Ec%J?"
            + "$2$)2F$-*DF#H#D%C'Bh%+=+B++BL*[$2W&?+<+;2e%$0$2A$0$;+;+;+;+#+#+#+#2:$2#J#2#J#2#J#,;+;#<.C#+%;+;#<.C%"
            + ",<$<.&,=+</';+;#<.C*c%;*(;*+B(*S%3&3$;5<5;#3%7(3#+#3#,4#;4+3;F;$<4'3>&+*,R+Z+%,*}4R5Z5*VK2J#2J#2,;,;"
            + ",A2T%;(.%,*'2A#+'+$JS$)C*+J2*$I#I#I#I#I#I#I#I*l$C*[-D*EG'D&Jr$(E#Jv$#F'JF#Jz$*,J;*KJ+*Y.J_[&*[$J[a-%"
            + "Jq<*_$JI$Ju(%J+c%D*/2IC*+C27<$Jb$*LJ$$2)<2Y$B$2*C$-;C/;24;2+$2$*E,C=I#E#F#J2*8JO*)JM*7c%*3H%C#D#c%J7"
            + "*%J2*4J8)JJ*7Cc%(G#J%c%G#JD*2E#J#&c%(J2%C%JM#C%D$G$C#C*3E$J&)E*'H$H$H*$I#I#B>+A#B(C(2l$J>*(c%(JTh(*'"
            + "J2&JL*nW'J|*$JX%*AA*'?'C#J%#J(#G#C#D#D#JZ%*<Jy**-J[$$JQ$*CJ'*c%G#Jv%*.c%)25(25*&Ju$%H$H$H$E*>";

    private static int[] starts;
    private static byte[] classes;

    private static int cls(char c) {
        if (starts == null) {
            decode();
        }
        return classes[runOf(c)];
    }

    private static int value(char t) {
        return t < 93 ? t - 35 : t - 36;
    }

    private static void decode() {
        int n = runs(null, null);
        int[] s = new int[n];
        byte[] k = new byte[n];
        runs(s, k);
        classes = k;
        starts = s;
    }

    /** Walks TABLE; stores each run's first char and class when s is not null; returns the number of runs. */
    private static int runs(int[] s, byte[] k) {
        String t = TABLE;
        int at = 0x80;
        int r = 0;
        int i = 0;
        while (i < t.length()) {
            int v = value(t.charAt(i++));
            int len = (v & 7) + 1;
            if (len == 8) {
                int scale = 1;
                while (true) {
                    int d = value(t.charAt(i++));
                    len += (d % 45) * scale;
                    if (d < 45) {
                        break;
                    }
                    scale *= 45;
                }
            }
            if (s != null) {
                s[r] = at;
                k[r] = (byte) (v >> 3);
            }
            r++;
            at += len;
        }
        return r;
    }

    public static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : cls(c) == DIGIT;
    }

    public static boolean isLetter(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        int k = cls(c);
        return k >= CASED && k <= OTHER;
    }

    public static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    /** Character.isWhitespace: Unicode space separators except the no-break ones, plus the ASCII controls. */
    public static boolean isWhitespace(char c) {
        if (c < 128) {
            return c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31;
        }
        return c == 0x1680 || c >= 0x2000 && c <= 0x200A && c != 0x2007 || c == 0x2028 || c == 0x2029
                || c == 0x205F || c == 0x3000;
    }

    public static boolean isUpperCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        int k = cls(c);
        return k == UPPER || k == XUPPER || k == CASED && toLowerCase(c) != c;
    }

    public static boolean isLowerCase(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z';
        }
        int k = cls(c);
        return k == LOWER || k == XLOWER || k == CASED && toLowerCase(c) == c;
    }

    public static char toUpperCase(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        }
        if (c >= 0x1F80 && c <= 0x1FF3) {
            // Greek with ypogegrammeni: Character maps to the title-case letter, the full mapping is 2 chars
            if (c <= 0x1FA7 && (c & 8) == 0) {
                return (char) (c + 8);
            }
            if (c == 0x1FB3 || c == 0x1FC3 || c == 0x1FF3) {
                return (char) (c + 9);
            }
        }
        String u = String.valueOf(c).toUpperCase();
        return u.length() == 1 ? u.charAt(0) : c;
    }

    public static char toLowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c == 0x130) {
            return 'i'; // 'İ': the full mapping is "i̇"
        }
        String l = String.valueOf(c).toLowerCase();
        return l.length() == 1 ? l.charAt(0) : c;
    }

    /** Character.digit: Nd digits, ASCII and full-width Latin letters; -1 when c is no digit in radix. */
    public static int digit(char c, int radix) {
        if (radix < 2 || radix > 36) {
            return -1;
        }
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            d = (c | 32) - 'a' + 10;
        } else if (c >= 0xFF21 && c <= 0xFF3A || c >= 0xFF41 && c <= 0xFF5A) {
            d = (c >= 0xFF41 ? c - 0xFF41 : c - 0xFF21) + 10;
        } else if (c >= 128 && cls(c) == DIGIT) {
            d = digitValue(c);
        } else {
            return -1;
        }
        return d < radix ? d : -1;
    }

    /**
     * Long.parseLong(s, radix) with {@link #digit}: the same results and the same failures as the JDK's on
     * the JVM (CharsTest), and the same under TeaVM, whose own accepts ASCII digits only ({@code int('٣٤')}).
     */
    public static long parseLong(String s, int radix) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        boolean neg = i == 1 && s.charAt(0) == '-';
        long limit = neg ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long v = 0; // accumulated negatively, so Long.MIN_VALUE fits
        if (i == n || radix < 2 || radix > 36) {
            throw new NumberFormatException("For input string: \"" + s + "\"");
        }
        for (; i < n; i++) {
            int d = digit(s.charAt(i), radix);
            if (d < 0 || v < limit / radix || v * radix < limit + d) {
                throw new NumberFormatException("For input string: \"" + s + "\"");
            }
            v = v * radix - d;
        }
        return neg ? v : -v;
    }

    /** A digit's value: its offset in its run of digits (Unicode lays digits out 0 to 9, run after run). */
    private static int digitValue(char c) {
        return (c - starts[runOf(c)]) % 10;
    }

    /** The index of the run that holds {@code c} (binary search; the table is decoded). */
    private static int runOf(char c) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= c) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** String.equalsIgnoreCase with this class's case mapping. */
    public static boolean equalsIgnoreCase(String a, String b) {
        if (b == null || a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                char ux = toUpperCase(x);
                char uy = toUpperCase(y);
                if (ux != uy && toLowerCase(ux) != toLowerCase(uy)) {
                    return false;
                }
            }
        }
        return true;
    }
}
