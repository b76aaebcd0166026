package dev.backprop.py;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharsTest {
    /** The table Chars must carry, built from this JDK's java.lang.Character (the reference). */
    static String expectedTable() {
        List<int[]> runs = new ArrayList<>(); // {class, length}
        for (int c = 0x80; c <= 0xFFFF; c++) {
            int k = classOf((char) c);
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[0] == k) {
                runs.get(runs.size() - 1)[1]++;
            } else {
                runs.add(new int[] {k, 1});
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int[] r : runs) {
            int len = r[1];
            if (len <= 7) {
                sb.append(token(r[0] * 8 + len - 1));
            } else {
                sb.append(token(r[0] * 8 + 7));
                int x = len - 8;
                while (x >= 45) {
                    sb.append(token(45 + x % 45));
                    x /= 45;
                }
                sb.append(token(x));
            }
        }
        return sb.toString();
    }

    private static char token(int v) {
        return (char) (v < 57 ? 35 + v : 36 + v); // printable ASCII without '"' and '\'
    }

    private static int classOf(char c) {
        boolean letter = Character.isLetter(c);
        boolean up = Character.isUpperCase(c);
        boolean lo = Character.isLowerCase(c);
        if (Character.isDigit(c)) {
            assertFalse(letter || up || lo, "digit that is also a letter or cased: " + (int) c);
            return 7;
        }
        assertFalse(up && lo, "upper and lower at once: " + (int) c);
        if (letter) {
            boolean mapsDown = Chars.toLowerCase(c) != c;
            boolean mapsUp = Chars.toUpperCase(c) != c;
            if (up && mapsDown && !mapsUp || lo && mapsUp && !mapsDown) {
                return 1;
            }
            return up ? 2 : lo ? 3 : 4;
        }
        return up ? 5 : lo ? 6 : 0;
    }

    @Test
    void tableIsBuiltFromThisJdksCharacter() {
        String expected = expectedTable();
        assertEquals(expected, Chars.TABLE, "regenerate Chars.TABLE from CharsTest.expectedTable():\n" + expected);
    }

    @Test
    void everyCharAnswersAsJavaLangCharacter() {
        for (int i = 0; i <= 0xFFFF; i++) {
            char c = (char) i;
            String at = "U+" + Integer.toHexString(i);
            assertEquals(Character.isDigit(c), Chars.isDigit(c), at);
            assertEquals(Character.isLetter(c), Chars.isLetter(c), at);
            assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), at);
            assertEquals(Character.isWhitespace(c), Chars.isWhitespace(c), at);
            assertEquals(Character.isUpperCase(c), Chars.isUpperCase(c), at);
            assertEquals(Character.isLowerCase(c), Chars.isLowerCase(c), at);
            assertEquals(Character.toUpperCase(c), Chars.toUpperCase(c), at);
            assertEquals(Character.toLowerCase(c), Chars.toLowerCase(c), at);
            for (int radix : new int[] {1, 2, 8, 10, 16, 36, 37}) {
                assertEquals(Character.digit(c, radix), Chars.digit(c, radix), at + " radix " + radix);
            }
        }
    }

    @Test
    void equalsIgnoreCaseAsString() {
        String[][] pairs = {{"tanh", "TANH"}, {"ReLU", "relu"}, {"sıgmoid", "SIGMOID"}, {"\u212Aelvin", "kelvin"},
            {"\u0130", "i"}, {"stra\u00DFe", "STRASSE"}, {"a", "ab"}, {"", ""}, {"x", "y"}, {"\u00C9t\u00E9", "\u00E9T\u00C9"}};
        for (String[] p : pairs) {
            assertEquals(p[0].equalsIgnoreCase(p[1]), Chars.equalsIgnoreCase(p[0], p[1]), p[0] + " / " + p[1]);
        }
        assertFalse(Chars.equalsIgnoreCase("a", null));
        assertTrue(Chars.equalsIgnoreCase("Mse", "MSE"));
    }

    @Test
    void parseLongAnswersAsTheJdks() {
        List<String> inputs = new ArrayList<>(List.of("", "-", "+", "0", "-0", "+7", "12_3", " 1", "1 ", "٣٤", "-٣٤",
                "１２", "ｆｆ", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                "-9223372036854775809", "99999999999999999999", "7fffffffffffffff", "-8000000000000000",
                "8000000000000000", "1111111111111111111111111111111111111111111111111111111111111111", "zz", "ZZ",
                "0x10", "1e3", "1.0", "--1", "+-1", "٠٩", "०९", "０"));
        java.util.Random r = new java.util.Random(7);
        String alphabet = "0123456789abcxyzABCXYZ-+_ .٣٤१２ｆ";
        for (int k = 0; k < 20000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(22); n > 0; n--) {
                sb.append(alphabet.charAt(r.nextInt(k % 2 == 0 ? 10 : alphabet.length())));
            }
            inputs.add((r.nextInt(4) == 0 ? "-" : "") + sb);
        }
        for (String s : inputs) {
            for (int radix : new int[] {2, 8, 10, 16, 36}) {
                String expected;
                try {
                    expected = String.valueOf(Long.parseLong(s, radix));
                } catch (NumberFormatException e) {
                    expected = "NumberFormatException";
                }
                String got;
                try {
                    got = String.valueOf(Chars.parseLong(s, radix));
                } catch (NumberFormatException e) {
                    got = "NumberFormatException";
                }
                assertEquals(expected, got, "'" + s + "' radix " + radix);
            }
        }
    }
}
