package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk clearing-month}: statements as JSON that add up to the net deposits. */
class ClearingMonthCommandTest {

    @TempDir
    Path home;
    @TempDir
    Path here;

    @Test
    void writes_every_statement_and_the_totals_and_the_statements_add_up_to_the_net_deposits() throws IOException {
        CliRun cli = new CliRun(home, here);
        assertThat(cli.desk("clearing-month", "--seed", "7", "--out", "month")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("desk clearing-month: seed 7").contains("wrote ");
        ObjectMapper json = new ObjectMapper();
        List<Path> statements;
        try (Stream<Path> files = Files.list(here.resolve("month"))) {
            statements = files.filter(file -> file.getFileName().toString().startsWith("statement-")).sorted().toList();
        }
        assertThat(statements).hasSizeGreaterThan(8);
        long cash = 0;
        for (Path file : statements) {
            JsonNode statement = json.readTree(file.toFile());
            assertThat(statement.get("reconciles").asBoolean()).as(file.toString()).isTrue();
            cash += statement.at("/closingCash/fen").asLong();
        }
        JsonNode totals = json.readTree(here.resolve("month/totals.json").toFile());
        assertThat(cash).isEqualTo(totals.at("/netDeposits/fen").asLong());
        assertThat(totals.at("/cashInside/fen").asLong()).isEqualTo(cash);
    }

    @Test
    void a_missing_seed_is_one_line_and_exit_code_2() {
        CliRun cli = new CliRun(home, here);
        assertThat(cli.desk("clearing-month", "--out", "month")).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(1).first().asString().startsWith("error: ").contains("--seed");
    }
}
