package com.suanli.data.pricing;

/**
 * A request or file that cannot be used, with the JSON path of the bad value and the reason,
 * e.g. {@code $.trades[2].strike: must be > 0}.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    public BadInputException(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
