package com.suanli.data.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.suanli.data.json.JsonReadException.Problem;
import com.suanli.pricing.basics.InputRefused;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of a JSON document together with its path from the root, read strictly: every read
 * names what it expects, and a value that is not so becomes a problem at its path.
 *
 * <p>A document read {@link Refusal#AT_FIRST_PROBLEM} throws {@link JsonReadException} at the first
 * problem, so every read returns a value. A document read {@link Refusal#WITH_EVERY_PROBLEM} notes
 * each problem and reads on: a read that fails returns null (an empty list or map for containers),
 * the values under it are absent and answer null without further problems, {@link #build} declines
 * to make a value from anything with a problem inside it, and {@link #refuseIfAnyProblem} ends the
 * reading with one refusal listing them all.
 */
public final class JsonInput {

    /** When a document with problems is refused. */
    public enum Refusal {
        AT_FIRST_PROBLEM,
        WITH_EVERY_PROBLEM
    }

    /** A validation message that starts with a field path, e.g. {@code strike: must be > 0} or {@code spotPrices.YRD: ...}. */
    private static final Pattern FIELD_MESSAGE = Pattern.compile(
            "^(([A-Za-z][A-Za-z0-9]*)(\\[\\d+])*(\\.[A-Za-z0-9_-]+)*): (.*)$", Pattern.DOTALL);

    private static final String NULL_VALUE = "must not be null: give a value or leave the field out for its default";

    /** Null when the value is absent: missing or refused, in a document read with every problem. */
    private final JsonNode node;
    private final String path;
    private final JsonProblems problems;

    private JsonInput(JsonNode node, String path, JsonProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The root object of a text without a file name, refused at its first problem. */
    public static JsonInput parse(String text) {
        return parse(text, null, Refusal.AT_FIRST_PROBLEM);
    }

    /**
     * The root object of a document.
     * @param source the file or resource name every refusal carries, or null
     */
    public static JsonInput parse(String text, String source, Refusal refusal) {
        JsonNode root;
        try {
            root = JsonText.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String reason = "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": " + e.getOriginalMessage();
            throw new JsonReadException(source, at == null ? new Problem("$", reason, "json.not-json", List.of())
                    : new Problem("$", reason, "json.not-json-at", List.of(at.getLineNr(), at.getColumnNr())));
        }
        return new JsonInput(root, "$", new JsonProblems(source, refusal)).object();
    }

    public static JsonInput parse(InputStream in, String source, Refusal refusal) {
        return parse(JsonText.read(in, source), source, refusal);
    }

    /** The root object of a class-path resource next to {@code owner}, named by {@code resource} in every refusal. */
    public static JsonInput parseResource(Class<?> owner, String resource, Refusal refusal) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new JsonReadException(resource, "$", "resource not found on the class path next to " + owner.getName());
            }
            return parse(in, resource, refusal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close resource " + resource, e);
        }
    }

    /** The root object of a file, named by its path in every refusal. */
    public static JsonInput parse(Path file, Refusal refusal) {
        return parse(JsonText.read(file), file.toString(), refusal);
    }

    /** The JSON path of this value, e.g. {@code $.trades[2].strike}. */
    public String path() {
        return path;
    }

    /** Notes a problem with this value; in a document read to its first problem, refuses it here. */
    public void problem(String reason) {
        problems.report(new Problem(path, reason));
    }

    /**
     * As {@link #problem(String)}, by code too ({@link Problem#code()}): the desk words it in its user's language.
     */
    public void problem(String code, String reason, Object... figures) {
        problems.report(new Problem(path, reason, code, List.of(figures)));
    }

    /** Notes a problem with this value and gives the refusal to throw, with every problem found so far. */
    public JsonReadException fail(String reason) {
        problems.report(new Problem(path, reason));
        return problems.refusal();
    }

    /** A value's own refusal of what was read here, as {@link #fail(String)}, by its code when it has one. */
    public JsonReadException fail(IllegalArgumentException refusal) {
        String message = refusal.getMessage() == null ? refusal.getClass().getSimpleName() : refusal.getMessage();
        problems.report(refusedAt(path, message, refusal));
        return problems.refusal();
    }

    /**
     * The pricing library's refusals carry their codes, the field it names first among the figures; other values' own
     * refusals are English only.
     */
    private static Problem refusedAt(String at, String reason, RuntimeException refusal) {
        if (refusal instanceof InputRefused refused) {
            List<Object> figures = new ArrayList<>(List.of(refused.field()));
            figures.addAll(refused.figures());
            return new Problem(at, reason, "pricing.rule." + refused.rule().name(), figures);
        }
        return new Problem(at, reason);
    }

    /** As {@link #fail(String)}, by code too ({@link Problem#code()}). */
    public JsonReadException fail(String code, String reason, Object... figures) {
        problem(code, reason, figures);
        return problems.refusal();
    }

    /** Ends a reading with every problem: refuses the document if any problem was noted. */
    public void refuseIfAnyProblem() {
        if (problems.any()) {
            throw problems.refusal();
        }
    }

    /** This value as an object; a problem (and an absent value) if it is not one. */
    public JsonInput object() {
        if (node != null && !node.isObject()) {
            problem("json.must-be-object", "must be an object, was " + describe(node), written(node));
            return absent(path);
        }
        return this;
    }

    /** This value as an object whose fields must be among {@code fields}: a misspelt name is refused, not ignored. */
    public JsonInput allowOnly(Set<String> fields) {
        JsonInput object = object();
        if (object.node == null) {
            return object;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                List<String> expected = fields.stream().sorted().toList();
                problems.report(new Problem(path + "." + name, "unknown field, expected one of " + expected,
                        "json.unknown-field", List.of(String.join(", ", expected))));
            }
        }
        return object;
    }

    /**
     * Whether this object has the field, for optional fields. A field given as null is a
     * problem at its path, not a way to leave it out: {@code "rate": null} read as the default
     * rate would hide a hole in the data. (Reading with every problem, it answers false after
     * noting the problem, so the reading goes on.)
     */
    public boolean has(String field) {
        if (node == null || !node.isObject() || !node.has(field)) {
            return false;
        }
        if (node.get(field).isNull()) {
            problems.report(new Problem(path + "." + field, NULL_VALUE, "json.null", List.of()));
            return false;
        }
        return true;
    }

    /**
     * The field's text when this object has it as a string, else null, and never a problem: for
     * cross-references noted before the value they sit in is read (and refused, if it is bad).
     */
    public String peekText(String field) {
        JsonNode value = node != null && node.isObject() ? node.get(field) : null;
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** The field of this object, which is required. */
    public JsonInput get(String field) {
        JsonInput object = object();
        String fieldPath = path + "." + field;
        if (object.node == null) {
            return absent(fieldPath);
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.report(value == null ? new Problem(fieldPath, "is required", "json.required", List.of())
                    : new Problem(fieldPath, "is required, was null", "json.required-null", List.of()));
            return absent(fieldPath);
        }
        return new JsonInput(value, fieldPath, problems);
    }

    /** The elements of this array. */
    public List<JsonInput> elements() {
        List<JsonInput> elements = new ArrayList<>();
        if (node == null) {
            return elements;
        }
        if (!node.isArray()) {
            problem("json.must-be-array", "must be an array, was " + describe(node), written(node));
            return elements;
        }
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonInput(node.get(i), path + "[" + i + "]", problems));
        }
        return elements;
    }

    /** This object's fields in document order. */
    public Map<String, JsonInput> fields() {
        Map<String, JsonInput> fields = new LinkedHashMap<>();
        JsonInput object = object();
        if (object.node == null) {
            return fields;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            fields.put(field.getKey(), new JsonInput(field.getValue(), path + "." + field.getKey(), problems));
        }
        return fields;
    }

    /**
     * This object's fields in document order, keyed by what {@code key} makes of each name; a name
     * it refuses is a problem at that field.
     * @param expected what a name must be, for the message, e.g. {@code "a month like 2027-01"}
     */
    public <K> Map<K, JsonInput> fieldsKeyedBy(Function<String, K> key, String expected) {
        Map<K, JsonInput> keyed = new LinkedHashMap<>();
        fields().forEach((name, value) -> {
            try {
                keyed.put(key.apply(name), value);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                value.problem("json.key-must-be", "key must be " + expected + ", was '" + name + "'", expected, name);
            }
        });
        return keyed;
    }

    public String text() {
        return scalar(value -> value.isTextual() && !value.textValue().isBlank(), "text", "a non-blank string",
                JsonNode::textValue);
    }

    public Double number() {
        return scalar(value -> value.isNumber() && Double.isFinite(value.doubleValue()), "number", "a finite number",
                JsonNode::doubleValue);
    }

    public Double positive() {
        Double value = number();
        if (value != null && !(value > 0)) {
            problem("json.must-be-positive", "must be > 0, was " + value, value);
            return null;
        }
        return value;
    }

    public Integer intValue() {
        return scalar(value -> value.isIntegralNumber() && value.canConvertToInt(), "int", "a whole number in int range",
                JsonNode::intValue);
    }

    public Long longValue() {
        return scalar(value -> value.isIntegralNumber() && value.canConvertToLong(), "long",
                "a whole number in long range",
                JsonNode::longValue);
    }

    /** The number exactly as written, never through {@code double}: for prices and tick sizes. */
    public BigDecimal decimal() {
        return scalar(JsonNode::isNumber, "decimal", "a number", JsonNode::decimalValue);
    }

    public Boolean bool() {
        return scalar(JsonNode::isBoolean, "boolean", "true or false", JsonNode::booleanValue);
    }

    /**
     * This value as {@code read} makes it when it is what {@code accepts} takes, else a problem ({@code json.must-be-}
     * and the {@code kind}) and null.
     */
    private <T> T scalar(Predicate<JsonNode> accepts, String kind, String expected, Function<JsonNode, T> read) {
        if (node == null) {
            return null;
        }
        if (!accepts.test(node)) {
            problem("json.must-be-" + kind, "must be " + expected + ", was " + describe(node), written(node));
            return null;
        }
        return read.apply(node);
    }

    public LocalDate date() {
        return parsed(LocalDate::parse, "date", "a date like 2026-11-27");
    }

    public YearMonth month() {
        return parsed(YearMonth::parse, "month", "a month like 2027-01");
    }

    private <T> T parsed(Function<String, T> parser, String kind, String expected) {
        String text = text();
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            problem("json.must-be-" + kind, "must be " + expected + ", was '" + text + "'", text);
            return null;
        }
    }

    /** This array of numbers. */
    public double[] numbers() {
        List<JsonInput> elements = elements();
        double[] values = new double[elements.size()];
        for (int i = 0; i < values.length; i++) {
            Double value = elements.get(i).number();
            if (value == null) {
                return null;
            }
            values[i] = value;
        }
        return values;
    }

    /** An enum constant written in camel case ({@link JsonText#camel}), any letter case accepted. */
    public <E extends Enum<E>> E choice(Class<E> type) {
        return constant(type, JsonText::camel, true);
    }

    /** An enum constant written exactly as its name, e.g. {@code GPU}. */
    public <E extends Enum<E>> E constantNamed(Class<E> type) {
        return constant(type, Enum::name, false);
    }

    private <E extends Enum<E>> E constant(Class<E> type, Function<E, String> written, boolean anyCase) {
        String text = text();
        if (text == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String name = written.apply(constant);
            if (name.equals(text) || anyCase && (name.equalsIgnoreCase(text) || constant.name().equalsIgnoreCase(text))) {
                return constant;
            }
            names.add(name);
        }
        problem("json.must-be-one-of", "must be one of " + names + ", was '" + text + "'", String.join(", ", names),
                text);
        return null;
    }

    /**
     * Makes a value from what was read here. The value's own refusal ({@code IllegalArgumentException}
     * or {@code NullPointerException}) becomes a problem at this path, or at the field the message
     * starts with ({@code "strike: must be > 0"}) when this object has that field. Reading with every
     * problem, nothing is made (null) where a problem was already found at or inside this path.
     */
    public <T> T build(Supplier<T> construction) {
        if (node == null || problems.anyWithin(path)) {
            return null;
        }
        try {
            return construction.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Matcher field = FIELD_MESSAGE.matcher(message);
            boolean atField = field.matches() && node.isObject() && node.has(field.group(2));
            String at = atField ? path + "." + field.group(1) : path;
            String reason = atField ? field.group(5) : message;
            problems.report(refusedAt(at, reason, e));
            return null;
        }
    }

    private JsonInput absent(String at) {
        return new JsonInput(null, at, problems);
    }

    /** A value as any language shows it: scalars as written, containers by their brackets (they may be large). */
    private static String written(JsonNode value) {
        if (value.isObject()) {
            return "{…}";
        }
        if (value.isArray()) {
            return "[…]";
        }
        return value.isMissingNode() ? "" : value.toString();
    }

    /** A value as a message shows it: scalars as written, containers by kind (they may be large). */
    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isMissingNode()) {
            return "nothing (the document is empty)";
        }
        return value.toString();
    }
}
