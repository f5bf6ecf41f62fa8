package com.suanli.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.store.StoreAddress;
import com.suanli.desk.cli.DeskCli;
import com.suanli.desk.exchange.DatabaseCatalogue;
import com.suanli.data.store.FileKey;
import com.suanli.desk.ui.WorkstationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeskTest {

    @Test
    void workstation_runs_on_exchange_time_with_the_build_version_and_the_chosen_database() {
        StoreAddress database = StoreAddress.file(Path.of("/data/desk"));
        try (DatabaseCatalogue catalogue = new DatabaseCatalogue(database, FileKey.NONE)) {
            WorkstationContext context = Desk.workstation(database, catalogue, false, Optional.empty());

            assertThat(context.clock().getZone()).isEqualTo(Desk.EXCHANGE_ZONE);
            assertThat(context.database()).isEqualTo("/data/desk");
            assertThat(context.version()).matches("\\d+\\.\\d+\\.\\d+.*");
            context.tasks().close();
        }
    }

    @Test
    void on_a_day_the_exchange_is_shut_the_window_opens_on_a_practice_desk_and_on_a_trading_day_on_the_real_one() {
        StoreAddress database = StoreAddress.file(Path.of("/data/desk"));
        Clock saturday = Clock.fixed(Instant.parse("2027-02-27T02:00:00Z"), Desk.EXCHANGE_ZONE);
        Clock monday = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), Desk.EXCHANGE_ZONE);
        try (DatabaseCatalogue catalogue = new DatabaseCatalogue(database, FileKey.NONE)) {
            WorkstationContext closed = Desk.workstation(database, catalogue, false, Optional.empty(), saturday);
            WorkstationContext open = Desk.workstation(database, catalogue, false, Optional.empty(), monday);

            assertThat(closed.practice().orElseThrow().day().reopens()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(closed.clock()).as("the real desk's clock, kept for leaving practice").isEqualTo(saturday);
            assertThat(open.practice()).isEmpty();
            closed.tasks().close();
            open.tasks().close();
        }
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
