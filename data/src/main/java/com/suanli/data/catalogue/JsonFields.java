package com.suanli.data.catalogue;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Typed reads from one JSON object that record every problem under its JSON path instead of
 * stopping at the first, so that a bad file is refused whole with all its faults listed. A read
 * that fails returns null; {@link #build} then declines to make the value.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final List<String> problems;
    private final int problemsBefore;

    private JsonFields(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    /** The fields of the object at {@code path}; a problem if it is not an object. */
    static JsonFields of(JsonNode node, String path, List<String> problems) {
        boolean isObject = node != null && node.isObject();
        if (!isObject) {
            problems.add(path + ": must be an object");
        }
        return new JsonFields(isObject ? node : null, path, problems);
    }

    /** The fields of another object at {@code path}, recording into the same problem list. */
    JsonFields at(JsonNode other, String otherPath) {
        return of(other, otherPath, problems);
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path + "." + field;
    }

    void problem(String fieldPath, String reason) {
        problems.add(fieldPath + ": " + reason);
    }

    /** Refuses fields the format does not know, so that a misspelt field is not silently ignored. */
    void rejectUnknown(Set<String> known) {
        if (node == null) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(path(name), "unknown field, expected one of " + known);
            }
        }
    }

    private JsonNode required(String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problem(path(field), "required");
            return null;
        }
        return value;
    }

    String text(String field) {
        JsonNode value = required(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problem(path(field), "must be a string, was " + value);
            return null;
        }
        return value.textValue();
    }

    Integer integer(String field) {
        JsonNode value = required(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(path(field), "must be a whole number in int range, was " + value);
            return null;
        }
        return value.intValue();
    }

    Long longInteger(String field) {
        JsonNode value = required(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problem(path(field), "must be a whole number in long range, was " + value);
            return null;
        }
        return value.longValue();
    }

    Double number(String field) {
        JsonNode value = required(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problem(path(field), "must be a number, was " + value);
            return null;
        }
        return value.doubleValue();
    }

    BigDecimal decimal(String field) {
        return decimal(required(field), path(field));
    }

    BigDecimal decimal(JsonNode value, String valuePath) {
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problem(valuePath, "must be a number, was " + value);
            return null;
        }
        return value.decimalValue();
    }

    <E extends Enum<E>> E enumeration(String field, Class<E> type) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problem(path(field), "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was '" + text + "'");
        return null;
    }

    LocalDate date(String field) {
        return parsed(field, LocalDate::parse, "a date yyyy-mm-dd");
    }

    YearMonth month(String field) {
        return parsed(field, YearMonth::parse, "a month yyyy-mm");
    }

    private <T> T parsed(String field, Function<String, T> parser, String expected) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            problem(path(field), "must be " + expected + ", was '" + text + "'");
            return null;
        }
    }

    /** The elements of an array field; a problem (and an empty list) if it is not an array. */
    List<JsonNode> array(String field) {
        JsonNode value = required(field);
        List<JsonNode> elements = new ArrayList<>();
        if (value == null) {
            return elements;
        }
        if (!value.isArray()) {
            problem(path(field), "must be an array, was " + value.getNodeType());
            return elements;
        }
        value.forEach(elements::add);
        return elements;
    }

    /** The object at {@code field}, read with the same problem list. */
    JsonFields object(String field) {
        JsonNode value = required(field);
        if (node == null || value == null) {
            return new JsonFields(null, path(field), problems);
        }
        return of(value, path(field), problems);
    }

    /** The raw node of this object, null when it is missing or not an object. */
    JsonNode node() {
        return node;
    }

    /** Whether the object is there and no problem was found since it was opened, nested objects included. */
    boolean clean() {
        return node != null && problems.size() == problemsBefore;
    }

    /**
     * Makes the value when every read succeeded. A refusal by the value's own validation
     * ({@code "field: reason"}) is recorded under the field's path when the field is in this object,
     * else under this object's path.
     */
    <T> T build(Supplier<T> constructor) {
        if (!clean()) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            problems.add(located(String.valueOf(e.getMessage())));
            return null;
        }
    }

    private String located(String message) {
        int colon = message.indexOf(": ");
        if (colon > 0 && node != null) {
            String fieldPath = message.substring(0, colon);
            int dot = fieldPath.indexOf('.');
            String field = dot < 0 ? fieldPath : fieldPath.substring(0, dot);
            if (node.has(field)) {
                return path + "." + fieldPath + message.substring(colon);
            }
        }
        return path + ": " + message;
    }
}
