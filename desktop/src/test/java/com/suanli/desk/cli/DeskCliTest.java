package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.ui.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on picocli: what opens the window, generated help, completion, and one-line refusals. */
class DeskCliTest {

    @TempDir
    Path home;

    @TempDir
    Path here;

    private CliRun cli() {
        return new CliRun(home, here);
    }

    @Test
    void no_arguments_open_the_workstation_on_the_database_under_the_traders_home() {
        CliRun cli = cli();

        assertThat(cli.desk()).isZero();

        assertThat(cli.openedDatabase).isEqualTo(StoreAddress.file(home.resolve(".suanli/desk")));
        assertThat(cli.openedKey.isPresent()).isFalse();
    }

    @Test
    void the_window_opens_on_a_live_simulation_unless_the_option_or_the_stored_setting_says_no() throws IOException {
        CliRun cli = cli();

        cli.desk();
        assertThat(cli.openedWithSimulation).as("by default").isTrue();
        cli.desk("--no-simulation");
        assertThat(cli.openedWithSimulation).as("--no-simulation").isFalse();

        DeskSettings.storeSimulation(home, false);
        cli.desk();
        assertThat(cli.openedWithSimulation).as("simulation = off stored").isFalse();
        DeskSettings.storeSimulation(home, true);
        cli.desk("--db", "/elsewhere");
        assertThat(cli.openedWithSimulation).as("simulation = on stored").isTrue();
    }

    @Test
    void a_simulation_setting_other_than_on_or_off_is_refused_naming_the_file_and_the_value() throws IOException {
        Files.createDirectories(home.resolve(".suanli"));
        Files.writeString(home.resolve(".suanli/desk.properties"), "simulation = maybe\ndatabase = desks/kept\n");
        CliRun cli = cli();

        assertThat(cli.desk()).isEqualTo(2);
        assertThat(cli.err()).contains("desk.properties: simulation must be on or off, was 'maybe'");
        assertThat(cli.openedDatabase).isNull();

        DeskSettings.storeSimulation(home, false);
        assertThat(Files.readString(home.resolve(".suanli/desk.properties"))).as("the other settings kept")
                .contains("database=desks/kept").contains("simulation=off");
    }

    @Test
    void the_window_opens_in_the_language_of_the_option_else_of_the_settings_file() throws IOException {
        CliRun cli = cli();

        cli.desk("--language", "zh");
        assertThat(cli.openedLanguage).as("--language zh").isEqualTo(Language.CHINESE);
        DeskSettings.storeLanguage(home, "zh");
        cli.desk();
        assertThat(cli.openedLanguage).as("language = zh stored").isEqualTo(Language.CHINESE);
        cli.desk("--language", "en");
        assertThat(cli.openedLanguage).as("the option over the setting").isEqualTo(Language.ENGLISH);
        assertThat(Files.readString(home.resolve(".suanli/desk.properties"))).contains("language=zh");
    }

    @Test
    void a_language_other_than_en_zh_or_system_is_refused_naming_the_option_or_the_file() throws IOException {
        CliRun cli = cli();

        assertThat(cli.desk("--language", "fr")).isEqualTo(2);
        assertThat(cli.err()).contains("error: --language: must be en, zh or system, was 'fr'");
        assertThat(cli.openedDatabase).isNull();

        cli.clear();
        Files.createDirectories(home.resolve(".suanli"));
        Files.writeString(home.resolve(".suanli/desk.properties"), "language = klingon\n");
        assertThat(cli.desk()).isEqualTo(2);
        assertThat(cli.err()).contains("desk.properties: language: must be en, zh or system, was 'klingon'");
    }

    @Test
    void db_option_names_the_database_with_a_space_or_an_equals_sign_relative_to_the_callers_directory() {
        CliRun cli = cli();

        cli.desk("--db", "/data/desks/test");
        assertThat(cli.openedDatabase.file()).isEqualTo(Path.of("/data/desks/test"));
        cli.desk("--db=desks/../mine");
        assertThat(cli.openedDatabase.file()).isEqualTo(here.resolve("mine"));
        cli.desk("--db", "tcp://desk-server:9123/desk");
        assertThat(cli.openedDatabase.shown()).isEqualTo("tcp://desk-server:9123/desk");
    }

    @Test
    void the_settings_file_chooses_the_database_when_no_option_does() throws IOException {
        Files.createDirectories(home.resolve(".suanli"));
        Files.writeString(home.resolve(".suanli/desk.properties"), "# the desk's settings\ndatabase = desks/shared\n");
        CliRun cli = cli();

        cli.desk();
        assertThat(cli.openedDatabase.file()).isEqualTo(home.resolve(".suanli/desks/shared"));
        cli.desk("--db", "/elsewhere");
        assertThat(cli.openedDatabase.file()).isEqualTo(Path.of("/elsewhere"));
    }

    @Test
    void without_a_window_to_open_no_command_is_a_one_line_refusal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = DeskCli.run(new String[0], System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: desk: no command given (see desk help)"
                + System.lineSeparator());
    }

    @Test
    void the_key_comes_from_the_environment() {
        CliRun cli = cli().withEnvironment(FileKey.ENVIRONMENT, "correct-horse");

        cli.desk();

        assertThat(cli.openedKey.isPresent()).isTrue();
    }

    @Test
    void a_bad_option_gets_one_line_and_exit_code_2_never_a_usage_dump() {
        CliRun cli = cli();

        assertThat(cli.desk("--db")).isEqualTo(2);
        assertThat(cli.desk("--db=")).isEqualTo(2);
        assertThat(cli.desk("--dbx")).isEqualTo(2);
        assertThat(cli.desk("frobnicate")).isEqualTo(2);
        assertThat(cli.desk("backup", "--to")).isEqualTo(2);
        assertThat(cli.desk("db-server", "--port", "many")).isEqualTo(2);

        assertThat(cli.err().lines()).containsExactly(
                "error: --db: needs a path (see desk help)",
                "error: --db: the path is empty",
                "error: desk: unknown option '--dbx' (see desk help)",
                "error: desk: unknown command 'frobnicate' (see desk help)",
                "error: --to: needs a file (see desk backup --help)",
                "error: --port: 'many' is not an int");
        assertThat(cli.openedDatabase).isNull();
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void help_lists_every_command_with_the_options_it_takes() {
        CliRun cli = cli();

        assertThat(cli.desk("help")).isZero();

        assertThat(cli.out()).contains("Usage: desk [--db PATH] [--ask-key] [--no-simulation]", "Commands:",
                "price --request FILE [--out FILE]", "risk --request FILE [--out FILE]",
                "backup [--db PATH] [--ask-key] --to FILE", "restore [--db PATH] [--ask-key] --from FILE [--force]",
                "import [--db PATH] [--ask-key] KIND FILE", "db-server [--db PATH] [--ask-key] [--port PORT]",
                "export [--db PATH] [--ask-key] [--out FILE]", "completion");
        cli.clear();
        assertThat(cli.desk("help", "import")).isZero();
        assertThat(cli.out()).contains("what the file holds: catalogue, curves, firms, scenarios, statement, trades");
    }

    @Test
    void completion_prints_a_shell_script_that_knows_every_command() {
        CliRun cli = cli();

        assertThat(cli.desk("completion")).isZero();

        assertThat(cli.out()).contains("complete -F", "db-server", "backup", "restore", "import", "export", "--request");
    }
}
