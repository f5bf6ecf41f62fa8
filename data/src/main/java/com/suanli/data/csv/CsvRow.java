package com.suanli.data.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** One row of a CSV file, whose typed reads refuse a bad value naming the file, line and column. */
public final class CsvRow {

    private final String source;
    private final long line;
    private final List<String> columns;
    private final String[] values;

    CsvRow(String source, long line, List<String> columns, String[] values) {
        this.source = source;
        this.line = line;
        this.columns = columns;
        this.values = values;
    }

    public long line() {
        return line;
    }

    /** A refusal of this row at {@code column}, for checks the caller makes. */
    public CsvReadException problem(String column, String reason) {
        return new CsvReadException(source, line, column, reason);
    }

    /** Makes a record from this row's values; the record's own refusal becomes a refusal of the row. */
    public <T> T build(Supplier<T> record) {
        try {
            return record.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw problem(null, e.getMessage());
        }
    }

    /** The value as written; empty when the cell is. */
    public String text(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("column: no column '" + column + "' in " + columns);
        }
        return values[index].strip();
    }

    /** A value that must be there. */
    public String required(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            throw problem(column, "is required");
        }
        return text;
    }

    public long longValue(String column) {
        return parsed(column, Long::parseLong, "a whole number");
    }

    /** A whole number, or null for an empty cell. */
    public Long optionalLong(String column) {
        return text(column).isEmpty() ? null : longValue(column);
    }

    public int intValue(String column) {
        return parsed(column, Integer::parseInt, "a whole number in int range");
    }

    public BigDecimal decimal(String column) {
        return parsed(column, BigDecimal::new, "a decimal number");
    }

    public LocalDate date(String column) {
        return parsed(column, LocalDate::parse, "a date like 2026-11-27");
    }

    /** An enum constant written as its name. */
    public <E extends Enum<E>> E constant(String column, Class<E> type) {
        String text = required(column);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw problem(column, "must be one of " + List.of(type.getEnumConstants()) + ", was '" + text + "'");
    }

    private <T> T parsed(String column, Function<String, T> parser, String expected) {
        String text = required(column);
        try {
            return parser.apply(text);
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw problem(column, "must be " + expected + ", was '" + text + "'");
        }
    }
}
