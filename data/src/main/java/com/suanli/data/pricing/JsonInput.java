package com.suanli.data.pricing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON value together with its path from the document root, so every reading error names
 * where it happened. Readers ask for what they need and fail with {@link BadInputException}.
 */
final class JsonInput {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A validation message that starts with a field name, e.g. {@code strike: must be > 0}. */
    private static final Pattern FIELD_MESSAGE = Pattern.compile("^([A-Za-z][A-Za-z0-9]*(\\[\\d+])*(\\.[A-Za-z0-9]+)*): (.*)$",
            Pattern.DOTALL);

    private final JsonNode node;
    private final String path;

    private JsonInput(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonInput parse(String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new BadInputException("$", "empty document");
            }
            return new JsonInput(root, "$");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
            throw new BadInputException("$", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    BadInputException fail(String reason) {
        return new BadInputException(path, reason);
    }

    /** The object's fields must be among these. */
    JsonInput allowOnly(Set<String> fields) {
        requireObject();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new BadInputException(path + "." + name, "unknown field (expected one of " + sorted(fields) + ")");
            }
        }
        return this;
    }

    boolean has(String field) {
        requireObject();
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    JsonInput get(String field) {
        requireObject();
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadInputException(path + "." + field, "is required");
        }
        return new JsonInput(value, path + "." + field);
    }

    List<JsonInput> elements() {
        if (!node.isArray()) {
            throw fail("must be an array");
        }
        List<JsonInput> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonInput(node.get(i), path + "[" + i + "]"));
        }
        return elements;
    }

    /** An object's fields in document order. */
    Map<String, JsonInput> fields() {
        requireObject();
        Map<String, JsonInput> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> fields.put(e.getKey(), new JsonInput(e.getValue(), path + "." + e.getKey())));
        return fields;
    }

    String text() {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw fail("must be a non-empty string");
        }
        return node.asText();
    }

    double number() {
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw fail("must be a number");
        }
        return node.asDouble();
    }

    double positive() {
        double value = number();
        if (!(value > 0)) {
            throw fail("must be > 0, was " + value);
        }
        return value;
    }

    long integer() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw fail("must be a whole number");
        }
        return node.asLong();
    }

    int intValue() {
        long value = integer();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw fail("is out of range");
        }
        return (int) value;
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw fail("must be true or false");
        }
        return node.asBoolean();
    }

    LocalDate date() {
        try {
            return LocalDate.parse(text());
        } catch (DateTimeParseException e) {
            throw fail("must be a date like 2026-11-27, was '" + node.asText() + "'");
        }
    }

    YearMonth month() {
        try {
            return YearMonth.parse(text());
        } catch (DateTimeParseException e) {
            throw fail("must be a month like 2027-01, was '" + node.asText() + "'");
        }
    }

    double[] numbers() {
        List<JsonInput> elements = elements();
        double[] values = new double[elements.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = elements.get(i).number();
        }
        return values;
    }

    /** A case-insensitive choice among an enum's constants, written in camel case in the documents. */
    <E extends Enum<E>> E choice(Class<E> type) {
        String text = text();
        for (E constant : type.getEnumConstants()) {
            if (Names.camel(constant).equalsIgnoreCase(text) || constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(Names.camel(constant));
        }
        throw fail("must be one of " + names + ", was '" + text + "'");
    }

    /**
     * Builds a value from what was read; a validation failure of the value becomes a bad input
     * at this path, at the named field when the message starts with one.
     */
    <T> T build(Supplier<T> construction) {
        try {
            return construction.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw at(e);
        }
    }

    private BadInputException at(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher field = FIELD_MESSAGE.matcher(message);
        if (field.matches()) {
            return new BadInputException(path + "." + field.group(1), field.group(4));
        }
        return new BadInputException(path, message);
    }

    private void requireObject() {
        if (!node.isObject()) {
            throw fail("must be an object");
        }
    }

    private static List<String> sorted(Set<String> fields) {
        return fields.stream().sorted().toList();
    }

    /** Enum constants as the documents write them. */
    static final class Names {
        private Names() {
        }

        static String camel(Enum<?> constant) {
            String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder camel = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return camel.toString();
        }
    }
}
