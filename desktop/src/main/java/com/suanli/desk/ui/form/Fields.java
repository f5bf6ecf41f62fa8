package com.suanli.desk.ui.form;

import com.suanli.desk.ui.text.Texts;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads typed text into values. Each method names the field in its refusal, so the user reads which box to
 * mend and why. Numbers take a decimal point and optional thousands commas, as the desk prints them; what a
 * Chinese input method types (full-width digits and commas, the ideographic full stop for the point) reads
 * the same.
 */
public final class Fields {

    private Fields() {
    }

    /** Any finite number. */
    public static double number(String field, String text) {
        String trimmed = required(field, text).replace(",", "");
        try {
            double value = Double.parseDouble(trimmed);
            if (!Double.isFinite(value)) {
                throw new FieldException(field, Texts.format("form.finite-number", text.trim()));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new FieldException(field, Texts.format("form.number", text.trim()));
        }
    }

    public static double positive(String field, String text) {
        double value = number(field, text);
        if (!(value > 0)) {
            throw new FieldException(field, Texts.format("form.positive", text.trim()));
        }
        return value;
    }

    public static double notNegative(String field, String text) {
        double value = number(field, text);
        if (value < 0) {
            throw new FieldException(field, Texts.format("form.not-negative", text.trim()));
        }
        return value;
    }

    /** A probability-like figure strictly between 0 and 1. */
    public static double fraction(String field, String text) {
        double value = number(field, text);
        if (!(value > 0 && value < 1)) {
            throw new FieldException(field, Texts.format("form.fraction", text.trim()));
        }
        return value;
    }

    /** A positive limit; blank means no limit. */
    public static double limit(String field, String text) {
        return text == null || text.isBlank() ? Double.POSITIVE_INFINITY : positive(field, text);
    }

    public static int positiveWhole(String field, String text) {
        String trimmed = required(field, text).replace(",", "");
        try {
            int value = Integer.parseInt(trimmed);
            if (value <= 0) {
                throw new FieldException(field, Texts.format("form.positive-whole", trimmed));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new FieldException(field, Texts.format("form.whole", text.trim()));
        }
    }

    /** Any whole number, e.g. a random seed. */
    public static long whole(String field, String text) {
        String trimmed = required(field, text).replace(",", "");
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            throw new FieldException(field, Texts.format("form.whole", text.trim()));
        }
    }

    /** A whole number other than zero: lots bought (positive) or sold (negative). */
    public static long lots(String field, String text) {
        long value = whole(field, text);
        if (value == 0) {
            throw new FieldException(field, Texts.get("form.lots-not-zero"));
        }
        return value;
    }

    public static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(required(field, text));
        } catch (DateTimeParseException e) {
            throw new FieldException(field, Texts.format("form.date", text.trim()));
        }
    }

    public static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(required(field, text));
        } catch (DateTimeParseException e) {
            throw new FieldException(field, Texts.format("form.month", text.trim()));
        }
    }

    /** Numbers separated by commas or spaces, e.g. {@code 16, 19, 22}. */
    public static double[] numbers(String field, String text) {
        List<Double> values = new ArrayList<>();
        for (String part : required(field, text).split("[,、\\s]+")) {
            if (!part.isEmpty()) {
                values.add(number(field, part));
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The text, trimmed and read as ASCII where a Chinese input method typed full-width forms; refused when blank. */
    public static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new FieldException(field, Texts.get("form.empty"));
        }
        return ascii(text).trim();
    }

    /**
     * Typed text as the desk reads it: full-width digits, letters and commas, which a Chinese input method
     * types, as their ASCII forms, and the ideographic full stop as the decimal point.
     */
    public static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('。', '.');
    }

    /** A code as the listing writes it: trimmed, upper case. */
    public static String code(String field, String text) {
        return required(field, text).toUpperCase(Locale.ROOT);
    }
}
