package com.suanli.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.member.WeekdayClock;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.task.HeldTaskExecutor;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.marketwatch.MarketWatchViewModel;
import com.suanli.desk.ui.shell.EngineState;
import com.suanli.desk.ui.shell.ShellViewModel;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.engine.command.MassCancel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connected desk whose members all stop: its status bar says so (reconnecting, then no leader) instead of "running",
 * an order sent then is refused at once with the reason, and once the members are back the desk says it is
 * connected and trades again. The window's own wiring ({@link EngineLauncher}), without a window.
 */
class ConnectedDeskStopTest {

    private static final Clock TRADING_DAY = Clock.offset(Clock.system(ZoneId.of("Asia/Shanghai")),
            Duration.ofDays(-WeekdayClock.DAYS_BACK));
    /**
     * Aeron's client notices the lost session (its new-leader timeout), then looks for a leader for 30 s before the
     * desk refuses: far less than this, even on a loaded machine.
     */
    private static final Duration NOTICED = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void the_status_bar_says_no_leader_and_an_order_is_refused_at_once_until_the_members_are_back() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/dev/shm")), "needs /dev/shm for the members' media drivers");
        int portBase = LocalCluster.freePortBase();
        ShellViewModel shell = new ShellViewModel("1.0.0", "/data/desk", TRADING_DAY, new InstrumentLink());
        HeldTaskExecutor tasks = new HeldTaskExecutor();
        try (LocalCluster cluster = new LocalCluster(dir.resolve("cluster"), portBase,
                MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT).onWeekdayClock();
             DeskStore store = TestDesks.database(dir)) {
            cluster.startAll();
            try (ExchangeStartup startup = ExchangeStartup.connected(() -> store, TRADING_DAY,
                    cluster.clientConfig(ClientConfig.freshClientId()), Duration.ofSeconds(60))) {
                EngineLauncher launcher = new EngineLauncher(startup, tasks, shell,
                        new MarketWatchViewModel(new InstrumentLink()), new TradingDesk(LocalTrader.ACCOUNT),
                        Runnable::run, Runnable::run);
                launcher.launch();
                tasks.release();
                assertThat(shell.engineStateProperty().get()).isEqualTo(EngineState.RUNNING);
                assertThat(shell.engineTextProperty().get()).startsWith("Connected to the cluster · ");
                launcher.signedIn(launcher.exchange().orElseThrow().exchange().users()
                        .local("li", LocalTrader.ACCOUNT).orElseThrow());
                assertThat(cancelAll(launcher).taken()).isTrue();

                for (int id = 0; id < LocalCluster.MEMBERS; id++) {
                    cluster.kill(id);
                }
                long killed = System.nanoTime();
                awaitCondition(() -> shell.engineStateProperty().get() == EngineState.HALTED, "the desk notices");
                String noticed = shell.engineTextProperty().get();
                awaitCondition(() -> shell.engineTextProperty().get()
                        .equals("No leader: the cluster's members do not answer; orders are refused"), "no leader");
                long noLeaderMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);

                long sent = System.nanoTime();
                CommandOutcome refused = cancelAll(launcher);
                long answeredMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
                System.out.printf("ConnectedDeskStopTest: first said '%s'; no leader %d ms after the kills;"
                        + " an order refused in %d ms: %s%n", noticed, noLeaderMs, answeredMs, refused.describe());
                assertThat(refused.taken()).isFalse();
                assertThat(refused.describe()).startsWith("not sent: cluster: no leader: none of the members at ")
                        .endsWith(" answered within 30 s");
                assertThat(answeredMs).as("refused at once, not after a wait").isLessThan(5_000);

                cluster.startAll();
                awaitCondition(() -> shell.engineStateProperty().get() == EngineState.RUNNING, "connected again");
                assertThat(shell.engineTextProperty().get()).startsWith("Connected to the cluster · ");
                assertThat(cancelAll(launcher).taken()).as("trading again").isTrue();
                launcher.close();
            }
        }
    }

    private static CommandOutcome cancelAll(EngineLauncher launcher) {
        return launcher.gateway().submit(MassCancel.allInstruments(TRADING_DAY.millis(), LocalTrader.ACCOUNT))
                .orTimeout(NOTICED.toSeconds(), TimeUnit.SECONDS).join();
    }

    private static void awaitCondition(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + NOTICED.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
