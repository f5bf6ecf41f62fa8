package com.suanli.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.WorkstationContext;
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
}
