package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeskCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DeskCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void help_prints_the_usage_and_succeeds() {
        assertThat(run("help")).isEqualTo(DeskCli.EXIT_OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: desk");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void unknown_command_is_named_and_exits_with_usage_error() {
        assertThat(run("frobnicate", "--now")).isEqualTo(DeskCli.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("desk: unknown command 'frobnicate'")
                .contains("Usage: desk");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void no_command_is_a_usage_error() {
        assertThat(run()).isEqualTo(DeskCli.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("desk: no command given");
    }
}
