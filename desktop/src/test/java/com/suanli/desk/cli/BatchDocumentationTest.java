package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/BATCH.md shows what each example request gives: every "Output of `./desk ...`" followed
 * (with no other code in between) by a JSON block is run here and compared with the real
 * output, so the documentation cannot drift from the code.
 *
 * <p>A documented block may cut a list to its first entries (the risk report's lists are
 * long); everything it does show must be what the command prints, and every object must show
 * all its fields. When the output changes on purpose, regenerate the blocks (same cuts, real
 * values) with
 * {@code ./mvnw -o -B -pl desktop -am test -Dtest=BatchDocumentationTest -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.regenerate=true}
 * and review the diff of docs/BATCH.md.
 */
class BatchDocumentationTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path DOC = ROOT.resolve("docs/BATCH.md");
    private static final Pattern DOCUMENTED_OUTPUT = Pattern.compile(
            "Output of `\\./desk ([^`]+)`[^`]*?```json\\n(.*?)```", Pattern.DOTALL);
    /** Last-digit differences of Math.exp and Math.log between JVMs and processors. */
    private static final double TOLERANCE_RELATIVE = 1e-9;
    private static final String REGENERATE = "docs.regenerate";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void every_documented_example_output_is_what_the_command_prints() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher block = DOCUMENTED_OUTPUT.matcher(doc);
        StringBuilder regenerated = new StringBuilder();
        List<String> commands = new ArrayList<>();
        while (block.find()) {
            String command = block.group(1);
            commands.add(command);
            JsonNode documented = MAPPER.readTree(block.group(2));
            JsonNode actual = cutLike(MAPPER.readTree(run(command)), documented);
            if (Boolean.getBoolean(REGENERATE)) {
                block.appendReplacement(regenerated, Matcher.quoteReplacement(
                        block.group().replace(block.group(2), JsonText.print((ObjectNode) actual))));
            } else {
                compare(command, "$", documented, actual);
            }
        }
        assertThat(commands).as("documented example outputs in docs/BATCH.md")
                .contains("price --request docs/examples/price-request.json",
                        "risk --request docs/examples/risk-request.json");
        if (Boolean.getBoolean(REGENERATE)) {
            block.appendTail(regenerated);
            Files.writeString(DOC, regenerated.toString(), StandardCharsets.UTF_8);
        }
    }

    /** The command's standard output, run from the checkout's root as the documentation shows it. */
    private static String run(String command) {
        String[] args = command.trim().split("\\s+");
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("docs/")) {
                args[i] = ROOT.resolve(args[i]).toString();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DeskCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as("exit of ./desk %s (%s)", command, err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The actual output with every list cut to the length the documented one shows. */
    private static JsonNode cutLike(JsonNode actual, JsonNode documented) {
        if (actual.isObject() && documented.isObject()) {
            ObjectNode cut = MAPPER.createObjectNode();
            actual.fields().forEachRemaining(field -> {
                JsonNode shown = documented.get(field.getKey());
                cut.set(field.getKey(), shown == null ? field.getValue() : cutLike(field.getValue(), shown));
            });
            return cut;
        }
        if (actual.isArray() && documented.isArray()) {
            ArrayNode cut = MAPPER.createArrayNode();
            for (int i = 0; i < actual.size(); i++) {
                if (i >= documented.size() && documented.size() > 0) {
                    break;
                }
                cut.add(i < documented.size() ? cutLike(actual.get(i), documented.get(i)) : actual.get(i));
            }
            return cut;
        }
        return actual;
    }

    private static void compare(String command, String path, JsonNode documented, JsonNode actual) {
        String where = "docs/BATCH.md, output of ./desk " + command + ", at " + path;
        if (documented.isNumber() && actual.isNumber()) {
            double expected = documented.doubleValue();
            double tolerance = TOLERANCE_RELATIVE * Math.max(1.0, Math.abs(expected));
            if (Math.abs(actual.doubleValue() - expected) > tolerance) {
                fail(where + ": documented " + expected + ", the command prints " + actual.doubleValue() + regenerateHint());
            }
            return;
        }
        if (documented.isObject() && actual.isObject()) {
            List<String> shown = fieldNames(documented);
            List<String> printed = fieldNames(actual);
            if (!shown.equals(printed)) {
                fail(where + ": documented fields " + shown + ", the command prints " + printed + regenerateHint());
            }
            for (String field : shown) {
                compare(command, path + "." + field, documented.get(field), actual.get(field));
            }
            return;
        }
        if (documented.isArray() && actual.isArray()) {
            if (documented.size() != actual.size()) {
                fail(where + ": documented " + documented.size() + " entries, the command prints " + actual.size()
                        + regenerateHint());
            }
            for (int i = 0; i < documented.size(); i++) {
                compare(command, path + "[" + i + "]", documented.get(i), actual.get(i));
            }
            return;
        }
        if (!documented.equals(actual)) {
            fail(where + ": documented " + documented + ", the command prints " + actual + regenerateHint());
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String regenerateHint() {
        return "\nIf the change is meant, regenerate the documented outputs: ./mvnw -o -B -pl desktop -am test "
                + "-Dtest=BatchDocumentationTest -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true";
    }
}
