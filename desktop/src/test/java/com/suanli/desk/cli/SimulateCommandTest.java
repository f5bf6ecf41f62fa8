package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk simulate}: a headless session's summary, the same hash for the same seed, a bad file refused by path. */
class SimulateCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path here;

    @Test
    void the_same_configuration_and_seed_print_the_same_summary_and_hash_and_another_seed_another_hash() throws IOException {
        // The documented RMSC03-sized day with fewer noise traders and one-minute steps, to keep the test short.
        String example = Files.readString(Path.of("../docs/examples/session-rmsc03.json"), StandardCharsets.UTF_8)
                .replace("\"count\": 5000", "\"count\": 300").replace("\"stepSeconds\": 10", "\"stepSeconds\": 60");
        Files.writeString(here.resolve("small.json"), example, StandardCharsets.UTF_8);

        String first = simulate("--config", "small.json", "--seed", "5");
        String again = simulate("--config", "small.json", "--seed", "5");
        String other = simulate("--config", "small.json", "--seed", "6");

        assertThat(first).contains("session rmsc03-sized-day, seed 5", "days 1, agents 426", "volume H100 ",
                "settlement H100-YRD-2027M02 ", "event stream hash ");
        assertThat(summary(again)).isEqualTo(summary(first));
        assertThat(hash(other)).isNotEqualTo(hash(first));
    }

    @Test
    void the_report_is_written_as_json_and_its_charts_as_png_files() throws IOException {
        String example = Files.readString(Path.of("../docs/examples/session-rmsc03.json"), StandardCharsets.UTF_8)
                .replace("\"count\": 5000", "\"count\": 300").replace("\"stepSeconds\": 10", "\"stepSeconds\": 60");
        Files.writeString(here.resolve("small.json"), example, StandardCharsets.UTF_8);

        String out = simulate("--config", "small.json", "--seed", "5", "--report", "report.json", "--charts", "charts");

        assertThat(out).contains("report " + here.resolve("report.json"), "chart " + here.resolve("charts/pnl.png"));
        assertThat(Files.readString(here.resolve("report.json"))).contains("\"format\" : \"suanli-session-report/1\"",
                "\"eventStreamHash\" : \"" + hash(out).substring("event stream hash ".length()) + "\"");
        assertThat(here.resolve("charts")).isDirectoryContaining("glob:**/price-H100-YRD.png")
                .isDirectoryContaining("glob:**/volume.png");
    }

    @Test
    void an_unwritable_report_is_refused_naming_the_option() throws IOException {
        String example = Files.readString(Path.of("../docs/examples/session-rmsc03.json"), StandardCharsets.UTF_8)
                .replace("\"count\": 5000", "\"count\": 30").replace("\"stepSeconds\": 10", "\"stepSeconds\": 600");
        Files.writeString(here.resolve("tiny.json"), example, StandardCharsets.UTF_8);
        CliRun cli = new CliRun(home, here);

        assertThat(cli.desk("simulate", "--config", "tiny.json", "--report", "no/such/dir/report.json")).isEqualTo(2);

        assertThat(cli.err()).startsWith("error: --report: could not write the session report to ");
    }

    @Test
    void a_bad_configuration_is_refused_in_one_line_naming_its_json_path() throws IOException {
        Files.writeString(here.resolve("bad.json"), "{\"format\": \"suanli-session/1\", \"name\": \"x\", \"days\": -1}",
                StandardCharsets.UTF_8);
        CliRun cli = new CliRun(home, here);

        assertThat(cli.desk("simulate", "--config", "bad.json")).isEqualTo(2);

        assertThat(cli.err()).startsWith("error: ").contains("$.startDate: is required");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void help_lists_simulate_with_its_options() {
        CliRun cli = new CliRun(home, here);

        assertThat(cli.desk("help")).isZero();

        assertThat(cli.out()).contains("simulate [--config FILE] [--seed N]");
    }

    private String simulate(String... args) {
        CliRun cli = new CliRun(home, here);
        String[] command = new String[args.length + 1];
        command[0] = "simulate";
        System.arraycopy(args, 0, command, 1, args.length);
        assertThat(cli.desk(command)).as(cli.err()).isZero();
        return cli.out();
    }

    /** Every line but the timing one. */
    private static String summary(String out) {
        return out.substring(0, out.indexOf("ran in"));
    }

    private static String hash(String out) {
        return out.lines().filter(line -> line.startsWith("event stream hash")).findFirst().orElseThrow();
    }
}
