package dev.backprop.lang;

/** A program that cannot be parsed: kind (SyntaxError, IndentationError, TabError), message, line, col. */
public final class PySyntaxError extends RuntimeException {
    private final String kind;
    private final int line;
    private final int col;

    public PySyntaxError(String message, int line, int col) {
        this("SyntaxError", message, line, col);
    }

    public PySyntaxError(String kind, String message, int line, int col) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
        this.col = col;
    }

    public String kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    public int col() {
        return col;
    }
}
