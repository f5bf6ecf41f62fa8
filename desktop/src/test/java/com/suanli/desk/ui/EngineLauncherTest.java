package com.suanli.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.StoreException;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.task.HeldTaskExecutor;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.marketwatch.MarketWatchViewModel;
import com.suanli.desk.ui.shell.EngineState;
import com.suanli.desk.ui.shell.ShellViewModel;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.Hub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the exchange behind the window, without a window: what the status bar and market watch say when. */
class EngineLauncherTest {

    private static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Catalogue GUIZHOU = CatalogueJson.readDefault().inHub(Hub.GZ);
    /** Each line lists spot and 12 months from 2027-01; on 1 March 2027 spot and April..December trade. */
    private static final int GUIZHOU_TRADING = GUIZHOU.size() / 13 * 10;

    private final HeldTaskExecutor tasks = new HeldTaskExecutor();
    private final InstrumentLink link = new InstrumentLink();
    private final ShellViewModel shell = new ShellViewModel("1.0.0", "/data/desk", MARKET_OPEN, link);
    private final MarketWatchViewModel marketWatch = new MarketWatchViewModel(link);

    @TempDir
    Path dir;

    private DeskStore store;
    private ExchangeStartup startup;

    private EngineLauncher launcher(Supplier<Catalogue> catalogue) {
        startup = new ExchangeStartup(catalogue, this::database, MARKET_OPEN);
        return new EngineLauncher(startup, tasks, shell, marketWatch, new TradingDesk(1001), Runnable::run,
                Runnable::run);
    }

    private DeskStore database() {
        store = TestDesks.database(dir);
        return store;
    }

    @AfterEach
    void closeTheDesk() {
        if (startup != null) {
            startup.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void until_the_worker_has_run_the_engine_is_starting_and_nothing_is_listed() {
        EngineLauncher launcher = launcher(() -> GUIZHOU);

        launcher.launch();

        assertThat(tasks.heldCount()).isEqualTo(1);
        assertThat(shell.engineTextProperty().get()).isEqualTo("Starting engine…");
        assertThat(marketWatch.rows()).isEmpty();
        assertThat(launcher.exchange()).isEmpty();
    }

    @Test
    void until_the_engine_runs_an_order_is_answered_as_not_sent() {
        EngineLauncher launcher = launcher(() -> GUIZHOU);
        launcher.launch();

        CommandOutcome outcome = launcher.gateway().submit(MassCancel.allInstruments(MARKET_OPEN.millis(), 1001)).join();

        assertThat(outcome.taken()).isFalse();
        assertThat(outcome.describe()).isEqualTo("not sent: the exchange is not running");
    }

    @Test
    void running_with_nobody_signed_in_an_order_is_answered_as_not_sent() {
        EngineLauncher launcher = launcher(() -> GUIZHOU);
        launcher.launch();
        tasks.release();

        CommandOutcome outcome = launcher.gateway().submit(MassCancel.allInstruments(MARKET_OPEN.millis(), 1001)).join();

        assertThat(outcome.describe()).isEqualTo("not sent: nobody is signed in");
    }

    @Test
    void once_running_the_gateway_takes_the_signed_in_users_orders_to_the_host_and_answers_when_journalled() {
        EngineLauncher launcher = launcher(() -> GUIZHOU);
        launcher.launch();
        tasks.release();
        launcher.signedIn(launcher.exchange().orElseThrow().exchange().users().local("li", 1001).orElseThrow());

        CommandOutcome outcome = launcher.gateway().submit(MassCancel.allInstruments(MARKET_OPEN.millis(), 1001))
                .orTimeout(30, TimeUnit.SECONDS).join();

        assertThat(outcome.taken()).isTrue();
    }

    @Test
    void once_started_the_engine_runs_and_the_market_watch_lists_its_catalogue() {
        EngineLauncher launcher = launcher(() -> GUIZHOU);

        launcher.launch();
        tasks.release();

        assertThat(shell.engineStateProperty().get()).isEqualTo(EngineState.RUNNING);
        assertThat(shell.engineTextProperty().get()).isEqualTo("Engine running · " + GUIZHOU.size() + " instruments · " + GUIZHOU_TRADING + " trading");
        assertThat(marketWatch.rows()).hasSize(GUIZHOU.size());
        assertThat(launcher.exchange()).hasValueSatisfying(exchange -> assertThat(exchange.catalogue()).isEqualTo(GUIZHOU));
    }

    @Test
    void a_catalogue_that_cannot_be_read_fails_the_start_with_its_reason() {
        EngineLauncher launcher = launcher(() -> {
            throw new UncheckedIOException("catalogue /tmp/gone.json: no such file", new IOException("/tmp/gone.json"));
        });

        launcher.launch();
        tasks.release();

        assertThat(shell.engineStateProperty().get()).isEqualTo(EngineState.FAILED);
        assertThat(shell.messageProperty().get()).isEqualTo("The engine did not start: catalogue /tmp/gone.json: no such file");
        assertThat(marketWatch.rows()).isEmpty();
        assertThat(launcher.exchange()).isEmpty();
    }

    @Test
    void a_failure_without_a_message_is_named_by_its_cause_or_else_its_kind() {
        assertThat(EngineLauncher.reasonFor(new IllegalStateException(new IOException("disk full")))).isEqualTo(
                "java.io.IOException: disk full");
        assertThat(EngineLauncher.reasonFor(new IllegalStateException(new IOException())))
                .isEqualTo("java.io.IOException");
        assertThat(EngineLauncher.reasonFor(new NullPointerException())).isEqualTo("unexpected NullPointerException");
    }

    @Test
    void a_database_open_in_another_process_is_said_in_the_desks_language() {
        StoreException inUse = new StoreException(StoreException.Refusal.IN_USE, "/home/li/.suanli/desk",
                "cannot open database /home/li/.suanli/desk: it is open in another process", null);
        try {
            assertThat(EngineLauncher.reasonFor(new IllegalStateException(inUse))).isEqualTo("the database"
                    + " /home/li/.suanli/desk is open in another process (another desk?); to share one database between"
                    + " workstations, serve it with 'desk db-server'");
            Texts.use(Language.CHINESE);
            assertThat(EngineLauncher.reasonFor(inUse)).isEqualTo("数据库 /home/li/.suanli/desk 已被另一个进程打开"
                    + "（另一个交易台？）；如需在多台工作站间共享同一数据库，请用“desk db-server”提供服务");
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }
}
