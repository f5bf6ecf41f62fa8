package com.suanli.desk.exchange;

import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.ExchangeHost;
import com.suanli.data.host.HostSubscriber;
import com.suanli.data.host.JournalRecovery;
import com.suanli.data.trading.EventRecorder;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The desk's own engine, inside the host on its database, and the recorder writing its events there. */
final class HostSource implements ExchangeSource {

    private final ExchangeHost host;
    private final EventRecorder recorder;

    HostSource(ExchangeHost host, EventRecorder recorder) {
        this.host = host;
        this.recorder = recorder;
    }

    @Override
    public CompletableFuture<Acknowledged> submit(Command command) {
        return host.submit(command);
    }

    @Override
    public <T> CompletableFuture<T> ask(Function<Engine, T> question) {
        return host.ask(question);
    }

    @Override
    public AutoCloseable subscribe(String name, int capacity, HostSubscriber subscriber) {
        return host.subscribe(name, capacity, subscriber);
    }

    /** The positions are the recorded ones: the seed has none. */
    @Override
    public MarketSeed seed(Engine engine) {
        return MarketSeed.of(engine);
    }

    @Override
    public Optional<JournalRecovery.Recovered> recovered() {
        return Optional.of(host.recovered());
    }

    @Override
    public Optional<EventRecorder> recorder() {
        return Optional.of(recorder);
    }

    /** The host first (what was queued is applied and handed out), then the recorder's connection. */
    @Override
    public void close() {
        try {
            host.close();
        } finally {
            recorder.close();
        }
    }
}
