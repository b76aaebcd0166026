package dev.backprop.lang;

import dev.backprop.py.Chars;
import java.util.ArrayList;
import java.util.List;

/** Python tokens with INDENT/DEDENT/NEWLINE, as CPython's tokenizer makes them (the subset we need). */
final class Lexer {
    /** Token types: int constants, not an enum (an enum is a class with a table of names in the page script). */
    static final class T {
        static final int NAME = 0, INT = 1, FLOAT = 2, STRING = 3, FSTRING = 4, OP = 5, NEWLINE = 6, INDENT = 7,
                DEDENT = 8, EOF = 9, BYTES = 10;

        private T() {
        }
    }

    static final class Tok {
        final int type;
        final String text;   // NAME/OP text, STRING value, FSTRING raw body, number text, BYTES value (chars 0-255)
        final int line;
        final int col;       // 1-based
        Tok(int type, String text, int line, int col) {
            this.type = type;
            this.text = text;
            this.line = line;
            this.col = col;
        }
        boolean is(String op) {
            return (type == T.OP || type == T.NAME) && text.equals(op);
        }
        @Override
        public String toString() {
            return type + ":" + text;
        }
    }

    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<Tok> out = new ArrayList<>();
    private final List<Integer> indents = new ArrayList<>();
    private int depth; // bracket nesting
    private Boolean tabs; // indentation style once seen

    Lexer(String src) {
        this.src = src;
        indents.add(0);
    }

    static List<Tok> tokenize(String src) {
        return new Lexer(src).run();
    }

    private PySyntaxError err(String msg, int l, int c) {
        return new PySyntaxError(msg, l, c);
    }

    private List<Tok> run() {
        boolean atLineStart = true;
        while (true) {
            if (atLineStart && depth == 0) {
                // measure indentation; skip blank/comment-only lines
                int p = pos;
                int width = 0;
                boolean sawTab = false;
                boolean sawSpace = false;
                while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t' || src.charAt(p) == '\f')) {
                    char ch = src.charAt(p);
                    if (ch == '\t') {
                        sawTab = true;
                        width = (width / 8 + 1) * 8;
                    } else if (ch == ' ') {
                        sawSpace = true;
                        width++;
                    }
                    p++;
                }
                if (p >= src.length()) {
                    pos = p;
                    break;
                }
                char c = src.charAt(p);
                if (c == '\n' || c == '\r' || c == '#') {
                    pos = p;
                    while (pos < src.length() && src.charAt(pos) != '\n') {
                        pos++;
                    }
                    if (pos < src.length()) {
                        pos++;
                        line++;
                        lineStart = pos;
                    }
                    continue;
                }
                if (c == '\\' && p + 1 < src.length() && (src.charAt(p + 1) == '\n' || src.charAt(p + 1) == '\r')) {
                    // explicit continuation right at line start: treat like whitespace
                }
                if (width > 0) {
                    if (sawTab && sawSpace) {
                        throw new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", line, p - lineStart + 1);
                    }
                    if (tabs == null) {
                        tabs = sawTab;
                    } else if (tabs != sawTab) {
                        throw new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", line, p - lineStart + 1);
                    }
                }
                pos = p;
                int cur = indents.get(indents.size() - 1);
                int col = p - lineStart + 1;
                if (width > cur) {
                    indents.add(width);
                    out.add(new Tok(T.INDENT, "", line, col));
                } else if (width < cur) {
                    while (width < indents.get(indents.size() - 1)) {
                        indents.remove(indents.size() - 1);
                        out.add(new Tok(T.DEDENT, "", line, col));
                    }
                    if (width != indents.get(indents.size() - 1)) {
                        throw new PySyntaxError("IndentationError", "unindent does not match any outer indentation level", line, col);
                    }
                }
                atLineStart = false;
            }
            if (pos >= src.length()) {
                break;
            }
            char c = src.charAt(pos);
            int col = pos - lineStart + 1;
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                pos++;
                continue;
            }
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\\') {
                int p = pos + 1;
                if (p < src.length() && src.charAt(p) == '\r') {
                    p++;
                }
                if (p < src.length() && src.charAt(p) == '\n') {
                    pos = p + 1;
                    line++;
                    lineStart = pos;
                    continue;
                }
                throw err("unexpected character after line continuation character", line, col);
            }
            if (c == '\n') {
                if (depth == 0) {
                    if (!out.isEmpty() && out.get(out.size() - 1).type != T.NEWLINE) {
                        out.add(new Tok(T.NEWLINE, "", line, col));
                    }
                    atLineStart = true;
                }
                pos++;
                line++;
                lineStart = pos;
                continue;
            }
            if (isIdStart(c)) {
                int s = pos;
                while (pos < src.length() && isIdPart(src.charAt(pos))) {
                    pos++;
                }
                String word = src.substring(s, pos);
                if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"')) {
                    String lw = word.toLowerCase();
                    if (lw.equals("f") || lw.equals("r") || lw.equals("rf") || lw.equals("fr") || lw.equals("b") || lw.equals("u")
                            || lw.equals("br") || lw.equals("rb")) {
                        readString(lw.indexOf('f') >= 0, lw.indexOf('r') >= 0, lw.indexOf('b') >= 0, col);
                        continue;
                    }
                }
                out.add(new Tok(T.NAME, word, line, col));
                continue;
            }
            if (c >= '0' && c <= '9' || c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1))) {
                readNumber(col);
                continue;
            }
            if (c == '\'' || c == '"') {
                readString(false, false, false, col);
                continue;
            }
            String op = readOp();
            if (op == null) {
                throw err("invalid character '" + c + "' (U+" + hex4(c) + ")", line, col);
            }
            if (op.equals("(") || op.equals("[") || op.equals("{")) {
                depth++;
            } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
                if (depth == 0) {
                    throw err("unmatched '" + op + "'", line, col);
                }
                depth--;
            }
            out.add(new Tok(T.OP, op, line, col));
        }
        if (depth > 0) {
            // find the last unclosed bracket for the message
            int d = 0;
            Tok open = null;
            for (int i = out.size() - 1; i >= 0; i--) {
                Tok t = out.get(i);
                if (t.type != T.OP) {
                    continue;
                }
                if (t.text.equals(")") || t.text.equals("]") || t.text.equals("}")) {
                    d++;
                } else if (t.text.equals("(") || t.text.equals("[") || t.text.equals("{")) {
                    if (d == 0) {
                        open = t;
                        break;
                    }
                    d--;
                }
            }
            if (open != null) {
                throw err("'" + open.text + "' was never closed", open.line, open.col);
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1).type != T.NEWLINE) {
            out.add(new Tok(T.NEWLINE, "", line, pos - lineStart + 1));
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            out.add(new Tok(T.DEDENT, "", line, 1));
        }
        out.add(new Tok(T.EOF, "", line, pos - lineStart + 1));
        return out;
    }

    private static String hex4(char c) {
        String h = Integer.toHexString(c).toUpperCase();
        while (h.length() < 4) {
            h = "0" + h;
        }
        return h;
    }

    private static final String[] OPS = {
        "**=", "//=", ">>=", "<<=", "...",
        "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "->", "<<", ">>", ":=",
        "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "@", "&", "|", "^", "~",
    };

    private String readOp() {
        for (String op : OPS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        return null;
    }

    static boolean isIdStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c > 127 && Chars.isLetter(c);
    }

    static boolean isIdPart(char c) {
        return isIdStart(c) || isDigit(c) || c > 127 && Chars.isDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void readNumber(int col) {
        int s = pos;
        boolean isFloat = false;
        if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char k = Chars.toLowerCase(src.charAt(pos + 1));
            pos += 2;
            int ds = pos;
            while (pos < src.length() && (Chars.digit(src.charAt(pos), 16) >= 0 || src.charAt(pos) == '_')) {
                pos++;
            }
            String digits = src.substring(ds, pos).replace("_", "");
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            try {
                out.add(new Tok(T.INT, Ints.parse(digits, radix).toString(), line, col));
            } catch (NumberFormatException e) {
                throw err("invalid number literal", line, col);
            }
            return;
        }
        while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < src.length() && (src.charAt(p) == '+' || src.charAt(p) == '-')) {
                p++;
            }
            if (p < src.length() && isDigit(src.charAt(p))) {
                isFloat = true;
                pos = p;
                while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            throw err("complex numbers are not supported in the playground", line, col);
        }
        if (pos < src.length() && isIdStart(src.charAt(pos))) {
            throw err("invalid decimal literal", line, col);
        }
        for (int i = s; i < pos; i++) { // '_' only between two digits: 1_000.0_1e1_0, not 1__0, 1_, 1_.5
            if (src.charAt(i) == '_' && !(isDigit(src.charAt(i - 1)) && i + 1 < pos && isDigit(src.charAt(i + 1)))) {
                throw err("invalid decimal literal", line, col);
            }
        }
        String text = src.substring(s, pos).replace("_", "");
        if (!isFloat && text.length() > 1 && text.charAt(0) == '0' && !allZeros(text)) {
            throw err("leading zeros in decimal integer literals are not permitted", line, col);
        }
        out.add(new Tok(isFloat ? T.FLOAT : T.INT, text, line, col));
    }

    private static boolean allZeros(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private void readString(boolean f, boolean raw, boolean bytes, int col) {
        char q = src.charAt(pos);
        boolean triple = src.startsWith("" + q + q + q, pos);
        int startLine = line;
        pos += triple ? 3 : 1;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw err(triple ? "unterminated triple-quoted string literal (detected at line " + line + ")"
                        : "unterminated string literal (detected at line " + line + ")", startLine, col);
            }
            char c = src.charAt(pos);
            if (c == q) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (src.startsWith("" + q + q + q, pos)) {
                    pos += 3;
                    break;
                }
            }
            if (c == '\n') {
                if (!triple) {
                    throw err("unterminated string literal (detected at line " + line + ")", startLine, col);
                }
                line++;
                lineStart = pos + 1;
                sb.append('\n');
                pos++;
                continue;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char n = src.charAt(pos + 1);
                if (raw || f) {
                    // f-strings: escapes are processed later, per literal part
                    if (n == '\n') {
                        line++;
                        lineStart = pos + 2;
                    }
                    sb.append(c).append(n);
                    pos += 2;
                    continue;
                }
                pos += 2;
                if (bytes && (n == 'u' || n == 'U' || n == 'N')) {
                    sb.append('\\').append(n); // no escapes in bytes: kept as written
                    continue;
                }
                pos = escape(n, sb, pos);
                continue;
            }
            if (bytes && c > 127) {
                throw err("bytes can only contain ASCII literal characters", startLine, col);
            }
            sb.append(c);
            pos++;
        }
        Tok prev = out.isEmpty() ? null : out.get(out.size() - 1);
        String text = sb.toString();
        if (prev != null && (prev.type == T.BYTES) != bytes && (prev.type == T.STRING || prev.type == T.FSTRING || prev.type == T.BYTES)) {
            throw err("cannot mix bytes and nonbytes literals", prev.line, prev.col);
        }
        if (bytes) {
            if (prev != null && prev.type == T.BYTES) {
                out.remove(out.size() - 1);
                out.add(new Tok(T.BYTES, prev.text + text, prev.line, prev.col));
            } else {
                out.add(new Tok(T.BYTES, text, startLine, col));
            }
            return;
        }
        if (prev != null && (prev.type == T.STRING || prev.type == T.FSTRING) && depthOk()) {
            // implicit concatenation of adjacent literals
            out.remove(out.size() - 1);
            if (!f && prev.type == T.STRING) {
                out.add(new Tok(T.STRING, prev.text + text, prev.line, prev.col));
            } else {
                String a = prev.type == T.FSTRING ? prev.text : escapeBraces(prev.text);
                String b = f ? text : escapeBraces(raw ? text : text);
                out.add(new Tok(T.FSTRING, a + b, prev.line, prev.col));
            }
            return;
        }
        out.add(new Tok(f ? T.FSTRING : T.STRING, text, startLine, col));
    }

    private boolean depthOk() {
        return true;
    }

    private static String escapeBraces(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}') {
                b.append(c);
            }
            if (c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Processes one escape (the char after the backslash is n, pos is past it); returns the new pos. */
    int escape(char n, StringBuilder sb, int p) {
        switch (n) {
            case 'n': sb.append('\n'); return p;
            case 't': sb.append('\t'); return p;
            case 'r': sb.append('\r'); return p;
            case '0': sb.append('\0'); return p;
            case 'a': sb.append('\u0007'); return p;
            case 'b': sb.append('\b'); return p;
            case 'f': sb.append('\f'); return p;
            case 'v': sb.append('\u000b'); return p;
            case '\\': sb.append('\\'); return p;
            case '\'': sb.append('\''); return p;
            case '"': sb.append('"'); return p;
            case '\n': line++; lineStart = p; return p;
            case 'x': return hexEscape(sb, p, 2);
            case 'u': return hexEscape(sb, p, 4);
            default: sb.append('\\').append(n); return p;
        }
    }

    private int hexEscape(StringBuilder sb, int p, int n) {
        if (p + n > src.length()) {
            throw err("truncated \\" + (n == 2 ? "x" : "u") + " escape", line, p - lineStart);
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = Chars.digit(src.charAt(p + i), 16);
            if (d < 0) {
                throw err("truncated escape", line, p - lineStart);
            }
            v = v * 16 + d;
        }
        sb.append((char) v);
        return p + n;
    }

    /** Unescapes a literal part of an f-string body (raw text kept backslashes). */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        Lexer l = new Lexer(s);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i = l.escape(s.charAt(i + 1), sb, i + 2);
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
