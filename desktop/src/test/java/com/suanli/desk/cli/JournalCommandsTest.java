package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
