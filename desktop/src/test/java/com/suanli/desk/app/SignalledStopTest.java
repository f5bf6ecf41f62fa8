package com.suanli.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.ui.text.Language;
import com.suanli.exchange.listing.BusinessDays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real desk in a child JVM (the workstation's window on Monocle's headless screen, the live simulation trading
 * into the exchange's journal on a database file) stopped by SIGTERM while it trades: it closes in order and ends,
 * and no write reached a closed database. Before the orderly stop, H2's exit hook closed the database under the
 * journaller, and the trace file H2 keeps beside it held "Database is already closed" for a command the exchange had
 * acknowledged.
 */
class SignalledStopTest {

    /** How much the database file grows (journal and snapshots) before the signal: the market is trading. */
    private static final long TRADED_BYTES = 256 * 1024;

    @TempDir
    Path dir;

    @Test
    // A bound against a hung child: a JVM start, the window and the exchange's start take over 30 s at a load of 30.
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void a_desk_stopped_by_sigterm_while_trading_closes_its_database_last_and_loses_no_write() throws Exception {
        Path base = dir.resolve("desk");
        Path file = base.resolveSibling("desk.mv.db");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + dir.resolve("home")));
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(TradingDesk.class.getName(), base.toString()));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long opened = waitForSize(file, 1, child);
            waitForSize(file, opened + TRADED_BYTES, child);
            child.destroy();
            // Within the orderly stop's 60 s bound: a window whose close waited on JavaFX's disposed toolkit ended only
            // at the bound, as if killed.
            assertThat(child.waitFor(45, TimeUnit.SECONDS)).as("the desk ended after SIGTERM; its output:%n%s",
                    Files.exists(log) ? Files.readString(log) : "").isTrue();
            assertThat(child.exitValue()).as("the window closed in order and the desk returned").isZero();
        } finally {
            child.destroyForcibly();
        }
        long journalled = StoppedStore.journalAfterCleanClose(base, "COUNT(*)");
        assertThat(journalled).as("commands the simulation journalled").isPositive();
    }

    /** Waits until {@code file} holds at least {@code bytes}, the child still running; returns its size. */
    private static long waitForSize(Path file, long bytes, Process child) throws Exception {
        while (true) {
            assertThat(child.isAlive()).as("the desk is running").isTrue();
            if (Files.exists(file) && Files.size(file) >= bytes) {
                return Files.size(file);
            }
            Thread.sleep(200);
        }
    }

    /** The child: the desk's window on a database file, on a trading day's clock whatever today is. */
    public static final class TradingDesk {

        private TradingDesk() {
        }

        public static void main(String[] args) {
            long now = System.currentTimeMillis();
            Clock tradingDay = Clock.offset(Clock.system(Desk.EXCHANGE_ZONE),
                    Duration.ofMillis(BusinessDays.tradingMomentFrom(now) - now));
            System.exit(Desk.openWorkstation(StoreAddress.file(Path.of(args[0])), FileKey.NONE, true,
                    Language.ENGLISH, Optional.empty(), tradingDay));
        }
    }
}
