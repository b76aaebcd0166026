package dev.backprop.server.snapshot;

/** The database cannot be reached or failed; snapshot routes answer 503 while the page keeps loading. */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
