package com.suanli.desk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.practice.PracticeDay;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.workspace.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant OPEN = Instant.parse("2027-03-01T01:30:00Z");
    private static final PracticeDay PRACTICE_DAY = new PracticeDay(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 3, 1));

    private final InstrumentLink link = new InstrumentLink();
    private final SteppingClock clock = new SteppingClock(OPEN, SHANGHAI);
    private final ShellViewModel shell = new ShellViewModel("1.2.3", "/data/desk", clock, link);

    @Test
    void title_names_the_desk_its_market_and_version() {
        assertThat(shell.title()).isEqualTo("Suanli Desk — compute futures 1.2.3");
    }

    @Test
    void clock_shows_exchange_time_with_its_offset() {
        assertThat(shell.clockTextProperty().get()).isEqualTo("2027-03-01 09:30:00 +08:00");
    }

    @Test
    void clock_reads_the_time_again_on_refresh() {
        clock.advance(Duration.ofSeconds(61));

        shell.refreshClock();

        assertThat(shell.clockTextProperty().get()).isEqualTo("2027-03-01 09:31:01 +08:00");
    }

    @Test
    void engine_is_offline_until_the_wiring_says_otherwise() {
        assertThat(shell.engineStateProperty().get()).isEqualTo(EngineState.OFFLINE);
        assertThat(shell.engineTextProperty().get()).isEqualTo("Engine offline");
    }

    @Test
    void engine_says_it_is_starting_then_how_many_instruments_it_lists_and_trades() {
        shell.engineStarting();
        assertThat(shell.engineStateProperty().get()).isEqualTo(EngineState.STARTING);
        assertThat(shell.engineTextProperty().get()).isEqualTo("Starting engine…");

        shell.engineRunning(962, 740);
        assertThat(shell.engineStateProperty().get()).isEqualTo(EngineState.RUNNING);
        assertThat(shell.engineTextProperty().get()).isEqualTo("Engine running · 962 instruments · 740 trading");
    }

    @Test
    void one_instrument_is_singular() {
        shell.engineRunning(1, 1);

        assertThat(shell.engineTextProperty().get()).isEqualTo("Engine running · 1 instrument · 1 trading");
    }

    @Test
    void a_day_without_trading_says_so() {
        shell.engineRunning(962, 0);

        assertThat(shell.engineStateProperty().get()).isEqualTo(EngineState.RUNNING);
        assertThat(shell.engineTextProperty().get()).isEqualTo("Engine running · 962 instruments · none trading today");
    }

    @Test
    void a_failed_start_turns_the_engine_failed_and_says_why_in_the_message_area() {
        shell.engineStarting();

        shell.engineFailed("catalogue /tmp/c.json: No such file");

        assertThat(shell.engineStateProperty().get()).isEqualTo(EngineState.FAILED);
        assertThat(shell.engineTextProperty().get()).isEqualTo("Engine failed");
        assertThat(shell.messageProperty().get()).isEqualTo("The engine did not start: catalogue /tmp/c.json: No such file");
    }

    @Test
    void status_names_the_linked_instrument_or_none() {
        assertThat(shell.instrumentTextProperty().get()).isEqualTo("No instrument");

        link.selectedInstrumentProperty().set(CatalogueJson.readDefault().bySymbol("H100-YRD-2027M03"));
        assertThat(shell.instrumentTextProperty().get()).isEqualTo("H100-YRD-2027M03");

        link.selectedInstrumentProperty().set(null);
        assertThat(shell.instrumentTextProperty().get()).isEqualTo("No instrument");
    }

    @Test
    void status_names_the_database() {
        assertThat(shell.databaseText()).isEqualTo("DB /data/desk");
    }

    @Test
    void message_area_is_ready_until_told_something_and_ready_again_when_cleared() {
        assertThat(shell.messageProperty().get()).isEqualTo("Ready");

        shell.showMessage("  Order rejected: price off tick  ");
        assertThat(shell.messageProperty().get()).isEqualTo("Order rejected: price off tick");

        shell.showMessage(" ");
        assertThat(shell.messageProperty().get()).isEqualTo("Ready");
    }

    @Test
    void a_missing_message_is_refused() {
        assertThatThrownBy(() -> shell.showMessage(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void desk_opens_on_the_trading_workspace() {
        assertThat(shell.workspaceProperty().get()).isEqualTo(Workspace.TRADING);
    }

    @Test
    void shortcut_sheet_lists_every_workspace_and_shell_action_once_each() {
        List<Shortcut> shortcuts = shell.shortcuts();

        assertThat(shortcuts).extracting(Shortcut::action)
                .containsExactly("Trading workspace", "Risk workspace", "Sessions workspace", "Quit", "Full screen",
                        "Keyboard shortcuts");
        assertThat(shortcuts).extracting(Shortcut::keys).doesNotHaveDuplicates();
    }

    @Test
    void about_gives_the_product_version_and_runtime() {
        About about = shell.about();

        assertThat(about.product()).isEqualTo("Suanli Desk");
        assertThat(about.version()).isEqualTo("1.2.3");
        assertThat(about.runtime()).startsWith("Java ").contains("JavaFX ");
    }

    @Test
    void a_practice_desk_says_so_in_the_title_the_banner_and_the_engine_words() {
        SteppingClock wall = new SteppingClock(Instant.parse("2027-02-27T02:00:00Z"), SHANGHAI);

        shell.practise(PRACTICE_DAY, wall);
        shell.engineRunning(962, 740);

        assertThat(shell.title()).isEqualTo("Suanli Desk — compute futures 1.2.3 — Practice, exchange closed until"
                + " Mon 2027-03-01; nothing here is stored");
        assertThat(shell.practiceTextProperty().get())
                .isEqualTo("Practice — exchange closed until Mon 2027-03-01; nothing here is stored");
        assertThat(shell.practiceDetail()).contains("practice account").contains("Mon 2027-03-01");
        assertThat(shell.engineTextProperty().get())
                .isEqualTo("Practice engine · 962 instruments · 740 trading on Mon 2027-03-01");
    }

    @Test
    void at_midnight_into_the_trading_day_the_banner_says_the_exchange_is_open_and_the_practice_goes_on() {
        SteppingClock wall = new SteppingClock(Instant.parse("2027-02-28T15:59:59Z"), SHANGHAI);
        shell.practise(PRACTICE_DAY, wall);
        assertThat(shell.practiceTextProperty().get()).startsWith("Practice — exchange closed until Mon 2027-03-01");

        wall.advance(Duration.ofSeconds(2));
        shell.refreshClock();

        assertThat(shell.practiceTextProperty().get()).isEqualTo("Practice — the exchange is open today"
                + " (Mon 2027-03-01): leave practice to trade for real; nothing here is stored");
        assertThat(shell.messageProperty().get()).isEqualTo("The exchange is open: leave practice to trade on the real desk");
        shell.showMessage("a refused order");
        shell.refreshClock();
        assertThat(shell.messageProperty().get()).as("said once").isEqualTo("a refused order");
    }

    @Test
    void the_real_desk_has_no_banner() {
        assertThat(shell.practiceTextProperty().get()).isEmpty();
        assertThat(shell.practiceDetail()).isEmpty();
    }

    /** A clock the test moves by hand. */
    private static final class SteppingClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        SteppingClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new SteppingClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
