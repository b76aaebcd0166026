package dev.backprop.server;

/** Writes a JSON string literal; the server's few JSON answers are built by hand around it. */
public final class Json {

    private Json() {
    }

    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
