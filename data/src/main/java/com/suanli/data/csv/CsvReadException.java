package com.suanli.data.csv;

/** A CSV file refused whole, at the first problem: {@code FILE line N, column C: reason}. */
public final class CsvReadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CsvReadException(String source, long line, String column, String reason) {
        super(source + " line " + line + (column == null ? "" : ", column " + column) + ": " + reason);
    }
}
