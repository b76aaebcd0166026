package dev.backprop.server;

/** The only things the server does to HTML: escape text, drop one meta tag and insert tags before {@code </head>}. */
public final class Html {

    private Html() {
    }

    /** Escapes text for an HTML element body or a double- or single-quoted attribute value. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }

    /** Inserts already escaped markup right before the first {@code </head>} (or at the start if there is none). */
    public static String insertIntoHead(String html, String markup) {
        int at = html.toLowerCase().indexOf("</head>");
        if (at < 0) return markup + html;
        return html.substring(0, at) + markup + html.substring(at);
    }

    /**
     * The page without its {@code <meta attr="key" ...>} tag (and the line break after it), so a page that adds
     * its own has exactly one.
     */
    public static String withoutMeta(String html, String attr, String key) {
        int at = html.indexOf("<meta " + attr + "=\"" + key + "\"");
        if (at < 0) return html;
        int end = html.indexOf('>', at) + 1;
        if (end < html.length() && html.charAt(end) == '\n') end++;
        return html.substring(0, at) + html.substring(end);
    }

    /** A {@code <meta>} tag; both values are escaped. */
    public static String meta(String attr, String key, String content) {
        return "<meta " + attr + "=\"" + escape(key) + "\" content=\"" + escape(content) + "\">\n";
    }
}
