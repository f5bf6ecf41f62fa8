package com.suanli.data.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The one Jackson set-up of the data module, and files read and written as JSON text. */
public final class JsonText {

    /**
     * Strict on reading (numbers kept exact as decimals, a duplicate key or text after the
     * document is invalid JSON), plain decimals and indented on writing.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonText() {
    }

    /** A new, empty JSON object to write into. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The object pretty-printed, ending with a line separator. */
    public static String print(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(String json, Path file) {
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's text; a file that cannot be read is refused at {@code $} with the file named. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    static String read(InputStream in, String source) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private static JsonReadException unreadable(String source, IOException e) {
        String reason = plainReason(e);
        return new JsonReadException(source, new JsonReadException.Problem("$", "cannot read the file: " + reason,
                e instanceof NoSuchFileException ? "json.no-such-file" : e instanceof AccessDeniedException
                        ? "json.permission-denied" : "json.unreadable", List.of(reason)));
    }

    /** The reason in a reader's words: the file name is already in the message, a class name is not for people. */
    private static String plainReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? "read failed" : e.getMessage();
    }

    /** An enum constant as the documents write it: {@code HORIZON_SCALING} as {@code horizonScaling}. */
    public static String camel(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder camel = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return camel.toString();
    }
}
