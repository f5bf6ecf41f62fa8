package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.Sql;
import com.suanli.data.store.StoreAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore, import, export and db-server end to end, on real database files. */
class DatabaseCommandsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/examples");

    @TempDir
    Path home;

    @TempDir
    Path here;

    @Test
    void import_export_backup_and_restore_round_trip_through_the_command_line() throws IOException {
        CliRun cli = new CliRun(home, here);

        assertThat(cli.desk("import", "firms", EXAMPLES.resolve("firms.json").toString(), "--db", "desk")).isZero();
        assertThat(cli.desk("import", "trades", EXAMPLES.resolve("trades.csv").toString(), "--db", "desk")).isZero();
        assertThat(cli.desk("backup", "--db", "desk", "--to", "desk.zip")).isZero();
        assertThat(cli.desk("restore", "--from", "desk.zip", "--db", "copy")).isZero();
        assertThat(cli.desk("export", "trades", "--db", "copy", "--out", "trades.csv")).isZero();

        assertThat(cli.err()).isEmpty();
        assertThat(cli.out().lines()).containsExactly(
                "desk import: imported 2 firms and 3 accounts from " + EXAMPLES.resolve("firms.json"),
                "desk import: imported 3 trades from " + EXAMPLES.resolve("trades.csv"),
                "desk backup: wrote " + here.resolve("desk.zip"),
                "desk restore: restored " + here.resolve("desk.zip") + " as " + here.resolve("copy"),
                "desk export: wrote " + here.resolve("trades.csv"));
        assertThat(Files.readString(here.resolve("trades.csv"))).isEqualTo(Files.readString(EXAMPLES.resolve("trades.csv")));
    }

    @Test
    void restore_over_a_database_needs_force_and_refusals_are_one_line() throws IOException {
        CliRun cli = new CliRun(home, here);
        cli.desk("import", "firms", EXAMPLES.resolve("firms.json").toString(), "--db", "desk");
        cli.desk("backup", "--db", "desk", "--to", "desk.zip");
        cli.clear();

        assertThat(cli.desk("restore", "--from", "desk.zip", "--db", "desk")).isEqualTo(2);
        assertThat(cli.desk("import", "trades", EXAMPLES.resolve("firms.json").toString(), "--db", "desk")).isEqualTo(2);
        assertThat(cli.desk("import", "cattle", "x.json", "--db", "desk")).isEqualTo(2);
        assertThat(cli.desk("export", "curves", "--db", "desk")).isEqualTo(2);
        assertThat(cli.desk("export", "firms", "--date", "2026-11-27", "--db", "desk")).isEqualTo(2);

        assertThat(cli.err().lines()).containsExactly(
                "error: restore: database " + here.resolve("desk") + " exists already; restore over it with --force",
                "error: " + EXAMPLES.resolve("firms.json") + " line 1: the header must be trade_id,sequence,executed_at,"
                        + "instrument_id,price_ticks,quantity,buy_order_id,buy_account,sell_order_id,sell_account,aggressor, was {",
                "error: KIND: must be one of [catalogue, curves, firms, scenarios, statement, trades], was 'cattle'",
                "error: --date: is required to export curves (see desk export --help)",
                "error: --date: only for curves and trades, not firms");
        assertThat(cli.desk("restore", "--from", "desk.zip", "--db", "desk", "--force")).isZero();
    }

    @Test
    void an_encrypted_database_opens_with_the_key_from_the_environment_and_refuses_without_it() {
        CliRun withKey = new CliRun(home, here).withEnvironment(FileKey.ENVIRONMENT, "correct-horse");
        CliRun withoutKey = new CliRun(home, here);

        assertThat(withKey.desk("import", "firms", EXAMPLES.resolve("firms.json").toString(), "--db", "secret")).isZero();
        assertThat(withoutKey.desk("export", "firms", "--db", "secret")).isEqualTo(2);

        assertThat(withoutKey.err()).startsWith("error: cannot open database " + here.resolve("secret") + ": ")
                .contains("give its key").hasLineCount(1);
        assertThat(withKey.desk("export", "firms", "--db", "secret")).isZero();
        assertThat(withKey.out()).contains("\"code\" : \"WESTWIND\"");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void db_server_serves_the_database_to_a_workstation_over_loopback() throws Exception {
        CliRun server = new CliRun(home, here);
        Thread serving = new Thread(() -> server.desk("db-server", "--db", "shared", "--port", "0"), "test-db-server");
        serving.start();
        String announced = awaitLine(server);
        Matcher address = Pattern.compile("as (tcp://localhost:\\d+/shared) to this machine only").matcher(announced);
        assertThat(address.find()).as(announced).isTrue();

        CliRun workstation = new CliRun(home, here);
        assertThat(workstation.desk("import", "firms", EXAMPLES.resolve("firms.json").toString(), "--db", address.group(1)))
                .isZero();
        try (DeskStore direct = DeskStore.open(StoreAddress.parse(address.group(1), here), FileKey.NONE)) {
            List<String> firms = direct.transaction(c -> Sql.list(c, "SELECT firm_code FROM firms ORDER BY 1", row -> row.getString(1)));
            assertThat(firms).containsExactly("SCC", "WESTWIND");
        }

        serving.interrupt();
        serving.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(serving.isAlive()).isFalse();
    }

    private static String awaitLine(CliRun cli) throws InterruptedException {
        for (int i = 0; i < 300 && cli.out().isEmpty(); i++) {
            Thread.sleep(100);
        }
        return cli.out() + cli.err();
    }
}
