package com.suanli.bench.sessions;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.market.SessionExchange;
import com.suanli.sessions.run.Pacing;
import com.suanli.sessions.run.SessionRun;
import com.suanli.sessions.run.SessionSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times whole sessions headless, as {@code ./desk simulate} runs them: a 30-business-day session of
 * 200 agents over 50 instruments, an RMSC03-sized day (the documented example) and one day of 1,000
 * agents over 50 instruments. Each run is timed by wall clock and by the thread's CPU time; then the
 * commands the session sent are replayed into a fresh engine of the same session (no agents, no
 * fundamental), which is what the exchange alone costs, so the difference is the session's own. The
 * sessions are run in turn, {@code runs} rounds after one warm-up round, each printing its hash (the
 * same on every round).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar com.suanli.bench.sessions.SessionReplay docs/examples/session-rmsc03.json 3}
 */
public final class SessionReplay {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long SEED = 1;

    private SessionReplay() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path rmsc03 = Path.of(args.length > 0 ? args[0] : "docs/examples/session-rmsc03.json");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, SessionConfig> sessions = new LinkedHashMap<>();
        sessions.put("30 days, 200 agents, 50 instruments", resource("thirty-days-200-agents.json"));
        sessions.put("RMSC03-sized day", SessionConfigJson.read(rmsc03));
        sessions.put("1 day, 1,000 agents, 50 instruments", resource("one-day-1000-agents.json"));
        for (int round = 0; round <= runs; round++) {
            for (Map.Entry<String, SessionConfig> session : sessions.entrySet()) {
                time(round == 0 ? "warm-up " + session.getKey() : session.getKey(), session.getValue());
            }
        }
    }

    private static void time(String name, SessionConfig config) throws InterruptedException {
        SessionRun run = new SessionRun(config, SEED, MonitoringFeed.NONE);
        EventStreamHash hash = new EventStreamHash();
        Engine engine = SessionExchange.engine(config, run.listing(), event -> {
            hash.onEvent(event);
            run.onEvent(event);
        });
        List<Command> sent = new ArrayList<>();
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        SessionSummary summary = run.run(command -> {
            sent.add(command);
            engine.submit(command);
        }, Pacing.NONE);
        double sessionWall = (System.nanoTime() - wall) / 1e9;
        double sessionCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;

        EventStreamHash replayed = new EventStreamHash();
        Engine bare = SessionExchange.engine(config, run.listing(), replayed);
        wall = System.nanoTime();
        cpu = THREADS.getCurrentThreadCpuTime();
        for (Command command : sent) {
            bare.submit(command);
        }
        double replayWall = (System.nanoTime() - wall) / 1e9;
        double replayCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        if (replayed.value() != hash.value()) {
            throw new IllegalStateException(name + ": the replay gave another event stream");
        }
        System.out.printf("%s: %d instruments, %d agents, %d days; commands %d, events %d, trades %d; hash %s; "
                        + "session %.2f s wall, %.2f s CPU; engine alone (replay) %.2f s wall, %.2f s CPU%n",
                name, run.listing().contracts().size(), run.roster().agents().size(), summary.days(), summary.commands(),
                summary.events(), summary.trades(), summary.hashText(), sessionWall, sessionCpu, replayWall, replayCpu);
    }

    private static SessionConfig resource(String name) {
        try (InputStream in = SessionReplay.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return SessionConfigJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
