package com.suanli.desk.cli;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.StoreAddress;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.record.ConfigText;
import com.suanli.sessions.record.SessionRecorder;
import com.suanli.sessions.report.SessionCharts;
import com.suanli.sessions.report.SessionReport;
import com.suanli.sessions.report.SessionReporter;
import com.suanli.sessions.report.SessionReportJson;
import com.suanli.sessions.run.HeadlessSession;
import com.suanli.sessions.run.SessionSummary;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code desk simulate [--config FILE] [--seed N] [--report FILE] [--charts DIR]}: a simulated session run
 * headless, its summary printed, its report written as JSON and drawn as PNG charts if asked (docs/SESSIONS.md).
 */
@Command(name = "simulate", header = "run a simulated market session headless and print its summary",
        description = {"Runs the agents of a session configuration against the exchange as fast as the",
                "machine goes and prints the days, commands, trades, volume per product, the last",
                "index fixings and settlement prices, and the hash of the whole event stream: the",
                "same configuration and seed give the same hash on any run. --report writes the",
                "session report as JSON, --charts its PNG charts (price against fair value per",
                "product and hub, volume, P&L by agent type).",
                "--record keeps it in the database (--db) for replay in the workstation and export",
                "(desk sessions).",
                "Format: docs/SESSIONS.md; --config takes a file or a bundled name (calm-month,",
                "scarcity-squeeze, expiry-week, outage-wave); without it, the calm month."})
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Option(names = "--config", paramLabel = "FILE",
            description = "the session configuration JSON, or a bundled one by name (default: calm-month)")
    private String config;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "the seed of every random draw (default: 1)")
    private long seed;

    @Option(names = "--report", paramLabel = "FILE", description = "write the session report as JSON to FILE")
    private Path report;

    @Option(names = "--charts", paramLabel = "DIR", description = "draw the session report's charts as PNG files in DIR")
    private Path charts;

    @Option(names = "--record", description = "record the session in the database for replay and export (desk sessions)")
    private boolean record;

    @Mixin
    private DatabaseOptions database;

    private final CliContext context;

    SimulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ConfigText session = readConfig();
        HeadlessSession headless = new HeadlessSession(session.config(), seed, MonitoringFeed.NONE);
        if (record) {
            return recorded(session, headless);
        }
        SessionReporter reporter = null;
        if (report != null || charts != null) {
            reporter = new SessionReporter(headless.session());
            headless.session().observe(reporter);
        }
        long start = System.nanoTime();
        SessionSummary summary = headless.run();
        printed(summary, start);
        if (reporter != null) {
            written(reporter.report(summary));
        }
        return DeskCli.EXIT_OK;
    }

    /** The session run and recorded in the database, its id printed after the summary. */
    private Integer recorded(ConfigText session, HeadlessSession headless) {
        StoreAddress address = database.address(context);
        try (DeskStore store = DeskStore.open(address, database.key(context, address))) {
            long start = System.nanoTime();
            SessionRecorder.Recorded done = new SessionRecorder(store, Clock.systemUTC()).record(session, seed, headless);
            printed(done.summary(), start);
            context.out().println("recorded as session " + done.sessionId() + " in " + address);
            written(done.report());
        }
        return DeskCli.EXIT_OK;
    }

    private void printed(SessionSummary summary, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        summary.lines().forEach(context.out()::println);
        context.out().printf("ran in %.2f s (%.3f s a simulated day)%n", seconds, seconds / summary.days());
    }

    /** The report as JSON and charts, as far as asked. */
    private void written(SessionReport written) {
        if (report != null) {
            Path file = context.workingDirectory().resolve(report);
            try {
                SessionReportJson.write(written, file);
            } catch (UncheckedIOException e) {
                throw new IllegalArgumentException("--report: " + e.getMessage(), e);
            }
            context.out().println("report " + file);
        }
        if (charts != null) {
            try {
                SessionCharts.write(written, context.workingDirectory().resolve(charts))
                        .forEach(file -> context.out().println("chart " + file));
            } catch (UncheckedIOException e) {
                throw new IllegalArgumentException("--charts: " + e.getMessage(), e);
            }
        }
    }

    /** A file if there is one by that name, else a bundled configuration by that name, else the calm month. */
    private ConfigText readConfig() {
        if (config == null) {
            return ConfigText.bundled(SessionConfigJson.DEFAULT_NAME);
        }
        Path file = context.workingDirectory().resolve(config);
        if (!Files.exists(file) && SessionConfigJson.BUNDLED.contains(config)) {
            return ConfigText.bundled(config);
        }
        return ConfigText.file(file);
    }
}
