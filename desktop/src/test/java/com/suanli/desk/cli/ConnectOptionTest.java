package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk --connect}: the workstation on the replicated exchange, and one-line refusals of bad endpoints. */
class ConnectOptionTest {

    @TempDir
    Path home;

    @TempDir
    Path here;

    @Test
    void a_connected_workstation_opens_on_the_members_endpoints_without_a_simulated_session() {
        CliRun cli = new CliRun(home, here);

        assertThat(cli.desk("--connect", "127.0.0.1:9002,127.0.0.1:9102,127.0.0.1:9202")).isZero();

        assertThat(cli.openedCluster).hasValueSatisfying(client -> assertThat(client.ingressEndpoints())
                .isEqualTo("0=127.0.0.1:9002,1=127.0.0.1:9102,2=127.0.0.1:9202"));
        assertThat(cli.openedWithSimulation).isFalse();
        assertThat(cli.openedDatabase).isNotNull();
    }

    @Test
    void the_desk_alone_opens_its_own_exchange() {
        CliRun cli = new CliRun(home, here);

        assertThat(cli.desk("--no-simulation")).isZero();

        assertThat(cli.openedCluster).isEmpty();
    }

    @Test
    void an_endpoint_that_is_not_host_and_port_is_refused_in_one_line_naming_the_option() {
        for (String bad : new String[] {"nonsense", "127.0.0.1:99999", "127.0.0.1:9002,:9102", "127.0.0.1:port", ""}) {
            CliRun cli = new CliRun(home, here);

            assertThat(cli.desk("--connect", bad)).as(bad).isEqualTo(2);

            assertThat(cli.err()).as(bad).startsWith("error: --connect: '").contains("' is not HOST:PORT")
                    .hasLineCount(1);
            assertThat(cli.openedDatabase).as(bad).isNull();
        }
    }

    @Test
    void a_connect_option_without_its_endpoints_is_refused_in_one_line() {
        CliRun cli = new CliRun(home, here);

        assertThat(cli.desk("--connect")).isEqualTo(2);

        assertThat(cli.err()).isEqualTo("error: --connect: needs a host:port,... (see desk help)" + System.lineSeparator());
    }
}
