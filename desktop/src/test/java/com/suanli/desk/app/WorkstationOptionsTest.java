package com.suanli.desk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkstationOptionsTest {

    private static final Path HOME = Path.of("/home/trader");

    @Test
    void no_options_put_the_database_under_the_traders_home() {
        assertThat(WorkstationOptions.parse(List.of(), HOME).database()).isEqualTo(Path.of("/home/trader/.suanli/desk"));
    }

    @Test
    void db_option_takes_the_next_argument_as_the_database() {
        assertThat(WorkstationOptions.parse(List.of("--db", "/data/desks/test"), HOME).database())
                .isEqualTo(Path.of("/data/desks/test"));
    }

    @Test
    void db_option_with_equals_sign_is_accepted() {
        assertThat(WorkstationOptions.parse(List.of("--db=/data/desks/test"), HOME).database())
                .isEqualTo(Path.of("/data/desks/test"));
    }

    @Test
    void relative_database_is_taken_from_the_callers_directory() {
        Path expected = Path.of("desks", "..", "mine").toAbsolutePath().normalize();
        assertThat(WorkstationOptions.parse(List.of("--db", "desks/../mine"), HOME).database()).isEqualTo(expected);
    }

    @Test
    void db_option_without_a_path_is_refused_naming_the_option() {
        assertThatThrownBy(() -> WorkstationOptions.parse(List.of("--db"), HOME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--db: needs a path");
        assertThatThrownBy(() -> WorkstationOptions.parse(List.of("--db="), HOME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--db: the path is empty");
    }

    @Test
    void anything_but_db_is_refused_pointing_to_the_commands() {
        assertThatThrownBy(() -> WorkstationOptions.parse(List.of("--db", "/x", "price"), HOME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected argument 'price'")
                .hasMessageContaining("desk help");
    }

    @Test
    void a_relative_database_cannot_be_built_directly() {
        assertThatThrownBy(() -> new WorkstationOptions(Path.of("relative/desk")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database: must be an absolute path");
    }
}
