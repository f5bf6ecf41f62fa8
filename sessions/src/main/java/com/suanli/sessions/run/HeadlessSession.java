package com.suanli.sessions.run;

import com.suanli.exchange.engine.Engine;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.market.SessionExchange;

/**
 * A session on an engine of its own, with its clearing house inside, run as fast as it goes:
 * {@code ./desk simulate}, the tests and the benchmark. The engine stays for the questions asked
 * after the run (cash, positions, the state hash).
 */
public final class HeadlessSession {

    private final SessionRun run;
    private final Engine engine;

    public HeadlessSession(SessionConfig config, long seed, MonitoringFeed feed) {
        this.run = new SessionRun(config, seed, feed);
        this.engine = SessionExchange.engine(config, run.listing(), run);
    }

    public SessionSummary run() {
        try {
            return run.run(engine::submit, Pacing.NONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("a headless session does not wait, yet was interrupted", e);
        }
    }

    public Engine engine() {
        return engine;
    }

    public SessionRun session() {
        return run;
    }
}
