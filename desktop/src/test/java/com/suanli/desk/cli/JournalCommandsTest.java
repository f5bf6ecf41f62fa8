package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.JournalRecovery;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** journal load and journal check end to end, on a real database file. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JournalCommandsTest {

    @TempDir
    Path home;

    @TempDir
    Path here;

    @Test
    void load_prints_every_acknowledged_sequence_and_a_second_load_continues_the_journal() {
        CliRun cli = new CliRun(home, here);

        assertThat(cli.desk("journal", "load", "--db", "desk", "--seed", "7", "--commands", "3000")).isZero();
        assertThat(cli.desk("journal", "load", "--db", "desk", "--seed", "8", "--commands", "500",
                "--durability", "WRITTEN")).isZero();

        assertThat(cli.err()).isEmpty();
        assertThat(cli.out().lines().map(Long::parseLong).toList())
                .isEqualTo(LongStream.rangeClosed(1, 3_500).boxed().toList());
    }

    @Test
    void check_reports_the_last_sequence_no_duplicates_and_equal_hashes() {
        CliRun cli = new CliRun(home, here);
        assertThat(cli.desk("journal", "load", "--db", "desk", "--seed", "3", "--commands", "2500")).isZero();
        cli.clear();

        assertThat(cli.desk("journal", "check", "--db", "desk")).isZero();

        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(6).startsWith("last sequence: 2500", "duplicated sequences: 0", "snapshot covers: 0")
                .endsWith("consistent");
        String recovered = lines.get(3).substring(lines.get(3).indexOf(": ") + 2);
        String replayed = lines.get(4).substring(lines.get(4).indexOf(": ") + 2);
        assertThat(recovered).matches("[0-9a-f]{16}").isEqualTo(replayed);
    }

    @Test
    void the_load_and_the_check_run_the_exchange_with_the_desks_clearing_house_unless_told_not_to() {
        CliRun cli = new CliRun(home, here);
        assertThat(cli.desk("journal", "load", "--db", "desk", "--seed", "5", "--commands", "4000")).isZero();
        assertThat(cli.desk("journal", "check", "--db", "desk")).isZero();
        assertThat(cli.out()).contains("last sequence: 4000").endsWith("consistent" + System.lineSeparator());

        Catalogue catalogue = CatalogueJson.readDefault();
        try (DeskStore store = DeskStore.open(StoreAddress.file(here.resolve("desk")), FileKey.NONE)) {
            Engine engine = JournalRecovery.recover(store, catalogue, EngineConfig.defaults(),
                    ClearingSetup.standard().over(catalogue), EventSink.NONE).engine();
            long member = ClearingSetup.FIRST_MEMBER_ACCOUNT;
            assertThat(engine.clears()).isTrue();
            assertThat(engine.cash(ClearingSetup.FEE_ACCOUNT)).as("fees charged on the load's trades").isPositive();
            assertThat(LongStream.range(member, member + 200).map(engine::cash).sum())
                    .as("the members the load opened hold cash").isPositive();
        }

        cli.clear();
        assertThat(cli.desk("journal", "load", "--db", "bare", "--seed", "5", "--commands", "300", "--no-clearing"))
                .isZero();
        assertThat(cli.desk("journal", "check", "--db", "bare", "--no-clearing")).isZero();
        assertThat(cli.out()).endsWith("consistent" + System.lineSeparator());
    }

    @Test
    void a_bad_option_is_one_line_and_exit_code_2() {
        CliRun cli = new CliRun(home, here);

        assertThat(cli.desk("journal", "load", "--db", "desk", "--seed", "x")).isEqualTo(2);
        assertThat(cli.desk("journal", "load", "--db", "desk", "--seed", "1", "--commands", "-3")).isEqualTo(2);
        assertThat(cli.desk("journal", "--db", "desk")).isEqualTo(2);

        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines().toList()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("error: "));
        assertThat(cli.err()).contains("--seed").contains("--commands: -3 must be 0 or more");
    }
}
