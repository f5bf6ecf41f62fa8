package com.suanli.desk.cli;

import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.run.HeadlessSession;
import com.suanli.sessions.run.SessionSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code desk simulate [--config FILE] [--seed N]}: a simulated session run headless, its summary printed (docs/SESSIONS.md). */
@Command(name = "simulate", header = "run a simulated market session headless and print its summary",
        description = {"Runs the agents of a session configuration against the exchange as fast as the",
                "machine goes and prints the days, commands, trades, volume per product, the last",
                "index fixings and settlement prices, and the hash of the whole event stream: the",
                "same configuration and seed give the same hash on any run.",
                "Format: docs/SESSIONS.md; without --config, the bundled calm month."})
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Option(names = "--config", paramLabel = "FILE", description = "the session configuration JSON (default: the calm month)")
    private Path config;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "the seed of every random draw (default: 1)")
    private long seed;

    private final CliContext context;

    SimulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SessionConfig session = config == null ? SessionConfigJson.readDefault()
                : SessionConfigJson.read(context.workingDirectory().resolve(config));
        long start = System.nanoTime();
        SessionSummary summary = new HeadlessSession(session, seed, MonitoringFeed.NONE).run();
        double seconds = (System.nanoTime() - start) / 1e9;
        summary.lines().forEach(context.out()::println);
        context.out().printf("ran in %.2f s (%.3f s a simulated day)%n", seconds, seconds / summary.days());
        return DeskCli.EXIT_OK;
    }
}
