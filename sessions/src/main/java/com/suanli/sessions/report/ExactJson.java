package com.suanli.sessions.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.suanli.data.json.JsonReadException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A value of a JSON document read with its numbers exactly as written ({@code 21.40} stays {@code 21.40}, two
 * places of money stay two), so a report or export read back writes the same text. A missing field or a value
 * of the wrong kind is refused at its JSON path, naming the document.
 */
public final class ExactJson {

    /** Strict (a duplicate key or text after the document is invalid), decimals exact both ways, indented. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private final JsonNode node;
    private final String path;
    private final String source;

    private ExactJson(JsonNode node, String path, String source) {
        this.node = node;
        this.path = path;
        this.source = source;
    }

    /** The root of {@code json}; {@code source} is named in every refusal. */
    public static ExactJson parse(String json, String source) {
        try {
            return new ExactJson(MAPPER.readTree(json), "$", source);
        } catch (JsonProcessingException e) {
            throw new JsonReadException(source, "$", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The value as JSON text again. */
    public String print() {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print JSON: " + e.getOriginalMessage(), e);
        }
    }

    public JsonNode node() {
        return node;
    }

    public JsonReadException fail(String reason) {
        return new JsonReadException(source, path, reason);
    }

    public boolean has(String field) {
        return node.isObject() && node.hasNonNull(field);
    }

    /** A required field. */
    public ExactJson get(String field) {
        if (!has(field)) {
            throw new JsonReadException(source, path + "." + field, "is required");
        }
        return new ExactJson(node.get(field), path + "." + field, source);
    }

    public String text() {
        return kind(node.isTextual(), "a string").node.textValue();
    }

    public long longValue() {
        return kind(node.isIntegralNumber() && node.canConvertToLong(), "a whole number").node.longValue();
    }

    public int intValue() {
        return kind(node.isIntegralNumber() && node.canConvertToInt(), "a whole number in int range").node.intValue();
    }

    public BigDecimal decimal() {
        return kind(node.isNumber(), "a number").node.decimalValue();
    }

    public double number() {
        return kind(node.isNumber(), "a number").node.doubleValue();
    }

    public boolean bool() {
        return kind(node.isBoolean(), "true or false").node.booleanValue();
    }

    public LocalDate date() {
        return parsed(LocalDate::parse, "a date like 2027-01-04");
    }

    public LocalDateTime time() {
        return parsed(LocalDateTime::parse, "a local time like 2027-01-04T09:30");
    }

    public List<ExactJson> elements() {
        kind(node.isArray(), "an array");
        List<ExactJson> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new ExactJson(node.get(i), path + "[" + i + "]", source));
        }
        return elements;
    }

    public Map<String, ExactJson> fields() {
        kind(node.isObject(), "an object");
        Map<String, ExactJson> fields = new LinkedHashMap<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            fields.put(name, new ExactJson(node.get(name), path + "." + name, source));
        }
        return fields;
    }

    private <T> T parsed(Function<String, T> parser, String expected) {
        String text = text();
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            throw fail("must be " + expected + ", was '" + text + "'");
        }
    }

    private ExactJson kind(boolean is, String expected) {
        if (!is) {
            throw fail("must be " + expected + ", was " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return this;
    }
}
