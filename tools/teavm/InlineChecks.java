import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the array bounds checks of a TeaVM script (strict mode) into inline comparisons at each call site.
 *
 * <p>Why: strict TeaVM checks every array access through one shared helper, {@code (index, array) => { if (index < 0
 * || index >= array.length) throw; return index; }}. V8 keeps one set of type feedback per function, also where it
 * inlines it, so the helper's {@code array.length} sees every array type of the program (Int32Array, Float64Array,
 * Array, ...) and becomes a megamorphic load at every access. Inline, each site has its own, monomorphic load: the
 * layout benchmark runs 2-4x faster in Node (docs/BENCHMARKS.md), for about 2.4 KB gzip. The checks stay: an index out
 * of range still throws TeaVM's ArrayIndexOutOfBoundsException.
 *
 * <p>Usage (a build step after TeaVM, run by the source launcher): {@code java tools/teavm/InlineChecks.java app.js}.
 * Only calls whose two arguments are plain names or numbers are rewritten (the argument is read twice); the rest keep
 * calling the helper. Strings, template literals, regular expressions and comments are left alone. It fails the build
 * if the helpers are not found (a TeaVM upgrade changed them: look again, don't ship silently slower code).
 */
public final class InlineChecks {
    private static final String WS = "\\s*";
    private static final Pattern BOUNDS = Pattern.compile("(?<![\\w$])([\\w$]+)" + WS + "=" + WS + "\\(index," + WS
            + "array\\)" + WS + "=>" + WS + "\\{" + WS + "if" + WS + "\\(index" + WS + "<" + WS + "0" + WS + "\\|\\|"
            + WS + "index" + WS + ">=" + WS + "array\\.length\\)" + WS + "\\{" + WS + "([\\w$]+)\\(\\);" + WS + "\\}"
            + WS + "return index;" + WS + "\\}");
    private static final Pattern UPPER = Pattern.compile("(?<![\\w$])([\\w$]+)" + WS + "=" + WS + "\\(index," + WS
            + "array\\)" + WS + "=>" + WS + "\\{" + WS + "if" + WS + "\\(index" + WS + ">=" + WS + "array\\.length\\)"
            + WS + "\\{" + WS + "([\\w$]+)\\(\\);" + WS + "\\}" + WS + "return index;" + WS + "\\}");
    private static final Pattern ARGS = Pattern.compile("\\(([\\w$]+)," + WS + "([\\w$]+)\\)");

    private InlineChecks() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java InlineChecks.java script.js...");
            System.exit(2);
        }
        for (String file : args) {
            Path path = Path.of(file);
            String js = Files.readString(path, StandardCharsets.UTF_8);
            Helper bounds = Helper.find(BOUNDS, js, true, path);
            Helper upper = Helper.find(UPPER, js, false, path);
            StringBuilder out = new StringBuilder(js.length() + js.length() / 16);
            int[] counts = new int[3]; // inlined bounds, inlined upper, calls left
            rewrite(js, out, bounds, upper, counts);
            Files.writeString(path, out, StandardCharsets.UTF_8);
            System.out.println("InlineChecks: " + path.getFileName() + ": " + counts[0] + " bounds and " + counts[1]
                    + " upper-bound checks inlined, " + counts[2] + " left as calls");
        }
    }

    /** One of TeaVM's check helpers: its (minified) name and the function it calls to throw. */
    private record Helper(String name, String thrower, boolean lower) {
        static Helper find(Pattern p, String js, boolean lower, Path path) {
            Matcher m = p.matcher(js);
            if (!m.find()) {
                throw new IllegalStateException(path + ": TeaVM's " + (lower ? "" : "upper-")
                        + "bounds-check helper not found; update tools/teavm/InlineChecks.java for this TeaVM");
            }
            String name = m.group(1);
            String thrower = m.group(2);
            if (m.find()) {
                throw new IllegalStateException(path + ": two bounds-check helpers: " + name + " and " + m.group(1));
            }
            return new Helper(name, thrower, lower);
        }

        String inline(String index, String array) {
            return lower
                    ? "(" + index + ">>>0<" + array + ".length?" + index + ":" + thrower + "())"
                    : "(" + index + "<" + array + ".length?" + index + ":" + thrower + "())";
        }
    }

    private static void rewrite(String js, StringBuilder out, Helper bounds, Helper upper, int[] counts) {
        int n = js.length();
        int i = 0;
        char last = '(';  // the last significant code character: tells a regular expression from a division
        while (i < n) {
            char c = js.charAt(i);
            if (c == '"' || c == '\'') {
                int end = skipString(js, i, c);
                out.append(js, i, end);
                i = end;
                last = 'a';
            } else if (c == '`') {
                int end = skipTemplate(js, i);
                out.append(js, i, end);
                i = end;
                last = 'a';
            } else if (c == '/' && i + 1 < n && js.charAt(i + 1) == '/') {
                int end = js.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(js, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && js.charAt(i + 1) == '*') {
                int end = js.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(js, i, end);
                i = end;
            } else if (c == '/' && "(,=:[!&|?{};+-*%<>~^".indexOf(last) >= 0) {
                int end = skipRegex(js, i);
                out.append(js, i, end);
                i = end;
                last = 'a';
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(js.charAt(end))) {
                    end++;
                }
                String word = js.substring(i, end);
                boolean member = i > 0 && js.charAt(i - 1) == '.';
                Helper h = member ? null : word.equals(bounds.name) ? bounds : word.equals(upper.name) ? upper : null;
                Matcher m = h == null ? null : ARGS.matcher(js).region(end, n);
                if (m != null && m.lookingAt()) {
                    out.append(h.inline(m.group(1), m.group(2)));
                    counts[h == bounds ? 0 : 1]++;
                    i = m.end();
                    last = ')';
                } else {
                    if (h != null) {
                        counts[2]++;
                    }
                    out.append(word);
                    i = end;
                    last = word.equals("return") || word.equals("typeof") ? '(' : 'a';
                }
            } else {
                out.append(c);
                i++;
                if (!Character.isWhitespace(c)) {
                    last = c;
                }
            }
        }
    }

    private static int skipString(String js, int start, char quote) {
        int i = start + 1;
        while (i < js.length() && js.charAt(i) != quote) {
            i += js.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, js.length());
    }

    private static int skipRegex(String js, int start) {
        int i = start + 1;
        boolean inClass = false;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                i++;
                while (i < js.length() && Character.isLetter(js.charAt(i))) {
                    i++; // flags
                }
                return i;
            } else if (c == '\n') {
                throw new IllegalStateException("unterminated regular expression at offset " + start);
            }
            i++;
        }
        return i;
    }

    /** A template literal, with its ${...} parts (which may hold strings and templates) skipped whole. */
    private static int skipTemplate(String js, int start) {
        int i = start + 1;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                return i + 1;
            } else if (c == '$' && i + 1 < js.length() && js.charAt(i + 1) == '{') {
                int depth = 1;
                i += 2;
                while (i < js.length() && depth > 0) {
                    char d = js.charAt(i);
                    if (d == '"' || d == '\'') {
                        i = skipString(js, i, d);
                    } else if (d == '`') {
                        i = skipTemplate(js, i);
                    } else {
                        depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                        i++;
                    }
                }
            } else {
                i++;
            }
        }
        return i;
    }
}
