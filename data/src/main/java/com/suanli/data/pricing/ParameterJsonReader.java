package com.suanli.data.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads typed values out of a JSON tree, failing with the file, the JSON path and the reason. */
final class ParameterJsonReader {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;

    ParameterJsonReader(String file) {
        this.file = file;
    }

    ParameterFileException error(String path, String reason) {
        return new ParameterFileException(file, path, reason);
    }

    JsonNode parse(InputStream in) {
        try {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw error("$", "the file is empty");
            }
            return object(root, "$");
        } catch (JsonProcessingException e) {
            throw error("$", "not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw error("$", "cannot be read: " + e.getMessage());
        }
    }

    JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw error(path, "must be a JSON object");
        }
        return node;
    }

    JsonNode array(JsonNode parent, String path, String field) {
        JsonNode node = required(parent, path, field);
        if (!node.isArray()) {
            throw error(path + "." + field, "must be a JSON array");
        }
        return node;
    }

    JsonNode objectField(JsonNode parent, String path, String field) {
        return object(required(parent, path, field), path + "." + field);
    }

    double number(JsonNode parent, String path, String field) {
        return number(required(parent, path, field), path + "." + field);
    }

    double number(JsonNode node, String path) {
        if (!node.isNumber()) {
            throw error(path, "must be a number, was " + node);
        }
        return node.doubleValue();
    }

    String text(JsonNode parent, String path, String field) {
        JsonNode node = required(parent, path, field);
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw error(path + "." + field, "must be a non-blank string, was " + node);
        }
        return node.textValue();
    }

    /** Refuses fields outside {@code allowed}: a misspelt name must not silently fall back to nothing. */
    void onlyFields(JsonNode node, String path, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(path + "." + name, "unknown field, expected one of " + allowed);
            }
        }
    }

    /** Builds a value, turning a validation failure of the value into an error at {@code path}. */
    <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    private JsonNode required(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw error(path + "." + field, "is missing");
        }
        return node;
    }
}
