package dev.backprop.lang;

/** A Python exception travelling through the interpreter: kind (e.g. NameError), message, where it was raised. */
final class PyException extends RuntimeException {
    final String kind;
    final int line;
    final int col;
    /** Budget and nesting errors cannot be caught by the program's try/except. */
    final boolean fatal;
    Object value;              // the exception object (a PyExc, or a PyObj of a user exception class), made on demand
    PyException context;       // the exception being handled when this one was raised (__context__)
    /** For SystemExit: the exit status (0 is a normal end of the program). */
    long exitCode = -1;

    PyException(String kind, String message, int line, int col, boolean fatal) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
        this.col = col;
        this.fatal = fatal;
    }

    boolean catchable() {
        return !fatal;
    }
}
