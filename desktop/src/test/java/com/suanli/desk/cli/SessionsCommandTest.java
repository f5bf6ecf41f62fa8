package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.sessions.record.SessionExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code desk simulate --record} then {@code desk sessions list|show|export}: the recorded session is
 * listed with the hash the run printed, shown with its summary, and exported to files that read back.
 */
class SessionsCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path here;

    @Test
    void a_recorded_session_is_listed_shown_and_exported() throws IOException {
        String example = Files.readString(Path.of("../docs/examples/session-rmsc03.json"), StandardCharsets.UTF_8)
                .replace("\"count\": 5000", "\"count\": 30").replace("\"stepSeconds\": 10", "\"stepSeconds\": 600");
        Files.writeString(here.resolve("tiny.json"), example, StandardCharsets.UTF_8);

        String ran = desk("simulate", "--config", "tiny.json", "--seed", "2", "--record", "--db", "db/desk");
        String hash = ran.lines().filter(line -> line.startsWith("event stream hash ")).findFirst().orElseThrow()
                .substring("event stream hash ".length());
        assertThat(ran).contains("recorded as session 1 in ");

        String listed = desk("sessions", "list", "--db", "db/desk");
        assertThat(listed.lines().skip(1).findFirst().orElseThrow())
                .startsWith("1 ").contains("rmsc03-sized-day", "COMPLETE", "2027-01-04T08:30", hash); // an hour before the example's 09:30 open

        String shown = desk("sessions", "show", "1", "--db", "db/desk");
        assertThat(shown).contains("session 1: rmsc03-sized-day, seed 2, COMPLETE", "session rmsc03-sized-day, seed 2",
                "event stream hash " + hash);

        String exported = desk("sessions", "export", "1", "--out", "out", "--db", "db/desk");
        assertThat(exported).contains("wrote " + here.resolve("out/session.json"), "wrote " + here.resolve("out/trades.csv"));
        SessionExport.Exported back = SessionExport.read(here.resolve("out"));
        assertThat(back.session().eventStreamHash()).contains(hash);
        assertThat(back.report().totals().eventStreamHash()).isEqualTo(hash);
        assertThat(back.trades()).hasSize((int) back.session().trades());
    }

    @Test
    void an_unknown_session_is_refused_in_one_line() {
        CliRun cli = new CliRun(home, here);
        assertThat(cli.desk("sessions", "show", "7", "--db", "db/desk")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("error: session: no recorded session 7" + System.lineSeparator());
        assertThat(desk("sessions", "list", "--db", "db/desk")).startsWith("no recorded sessions");
    }

    private String desk(String... args) {
        CliRun cli = new CliRun(home, here);
        assertThat(cli.desk(args)).as(cli.err()).isZero();
        return cli.out();
    }
}
