package com.suanli.data.pricing;

/** A parameter file that cannot be used, with where in it and why. */
public final class ParameterFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String path;
    private final String reason;

    public ParameterFileException(String file, String path, String reason) {
        super(file + " " + path + ": " + reason);
        this.file = file;
        this.path = path;
        this.reason = reason;
    }

    /** The file (or resource) name. */
    public String file() {
        return file;
    }

    /** JSON path of the offending value, e.g. {@code $.hubs[2].pue}. */
    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
