package com.suanli.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.cli.DeskCli;
import com.suanli.desk.ui.WorkstationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeskTest {

    @Test
    void no_arguments_open_the_workstation() {
        assertThat(Desk.opensWorkstation(new String[0])).isTrue();
    }

    @Test
    void workstation_options_open_the_workstation() {
        assertThat(Desk.opensWorkstation(new String[] {"--db", "/tmp/desk"})).isTrue();
        assertThat(Desk.opensWorkstation(new String[] {"--db=/tmp/desk"})).isTrue();
    }

    @Test
    void a_command_runs_the_command_line() {
        assertThat(Desk.opensWorkstation(new String[] {"price", "--request", "F"})).isFalse();
        assertThat(Desk.opensWorkstation(new String[] {"help"})).isFalse();
        assertThat(Desk.opensWorkstation(new String[] {"--help"})).isFalse();
        assertThat(Desk.opensWorkstation(new String[] {"--dbx"})).isFalse();
    }

    @Test
    void workstation_runs_on_exchange_time_with_the_build_version_and_the_chosen_database() {
        WorkstationContext context = Desk.workstation(new WorkstationOptions(Path.of("/data/desk")));

        assertThat(context.clock().getZone()).isEqualTo(Desk.EXCHANGE_ZONE);
        assertThat(context.database()).isEqualTo(Path.of("/data/desk"));
        assertThat(context.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void command_line_contract_help_succeeds_and_an_unknown_command_is_a_usage_error() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(DeskCli.run(new String[] {"help"}, stdout, stderr)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isNotBlank();

        assertThat(DeskCli.run(new String[] {"frobnicate"}, stdout, stderr)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("frobnicate");
    }
}
