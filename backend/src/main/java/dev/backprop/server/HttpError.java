package dev.backprop.server;

/** An error the client should see as it is: status plus a message naming the problem (and the field, if any). */
public final class HttpError extends RuntimeException {

    private final int status;
    private final String field;

    public HttpError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public HttpError(int status, String message) {
        this(status, null, message);
    }

    public int status() {
        return status;
    }

    /** The JSON field the message is about, e.g. "view.direction"; null when it is about the whole request. */
    public String field() {
        return field;
    }
}
