package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** desk server refuses a configuration it cannot run, in one line naming the option (the cluster module runs members). */
class ServerCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path here;

    @Test
    void a_member_outside_the_members_or_a_missing_option_is_one_line_and_exit_code_2() {
        CliRun cli = new CliRun(home, here);

        assertThat(cli.desk("server", "--member", "3", "--members", "a,b,c", "--dir", "m3")).isEqualTo(2);
        assertThat(cli.desk("server", "--member", "0", "--dir", "m0")).isEqualTo(2);
        assertThat(cli.desk("server", "--member", "0", "--members", "a,b,c", "--dir", "m0", "--port-base", "65500"))
                .isEqualTo(2);
        assertThat(cli.desk("server", "--member", "0", "--members", "a,b,c", "--dir", "m0",
                "--heartbeat-timeout-ms", "10")).isEqualTo(2);
        assertThat(cli.desk("server", "--member", "0", "--members", "a,b,c", "--dir", "m0",
                "--snapshot-every", "-1")).isEqualTo(2);

        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines().toList()).containsExactly(
                "error: --member: 3 is not one of the 3 members (0 to 2)",
                "error: --members: is required (see desk server --help)",
                "error: --port-base: 65500 leaves no room for 3 members' ports below 65536",
                "error: --heartbeat-timeout-ms: 10 ms is below 100 ms, shorter than a busy machine's pauses",
                "error: --snapshot-every: -1 commands is negative (0 takes none by count)");
    }
}
