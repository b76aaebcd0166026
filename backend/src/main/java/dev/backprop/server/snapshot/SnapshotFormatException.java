package dev.backprop.server.snapshot;

/** A request body that is not a valid snapshot; the message starts with the field at fault. */
public final class SnapshotFormatException extends RuntimeException {

    private final String field;

    public SnapshotFormatException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
