package com.suanli.data.host;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The engine's sink in the host (and in the replicated exchange's service, docs/CLUSTER.md): hands every event to each subscriber's feed. Muted while the journal
 * is replayed at recovery, since those events were published when the commands were first applied.
 * It also notes the first refusal of the command being applied, for the command's acknowledgement.
 */
public final class EventFanOut implements EventSink, AutoCloseable {

    private final CopyOnWriteArrayList<EventFeed> feeds = new CopyOnWriteArrayList<>();
    private boolean muted;
    /** Sequencer-thread only: the first refusal since {@link #beginCommand()}. */
    private CommandRejected rejection;

    public void mute(boolean muted) {
        this.muted = muted;
    }

    /** On the sequencer, before a command is applied. */
    public void beginCommand() {
        rejection = null;
    }

    /** The first refusal among the events of the command applied since {@link #beginCommand()}; null if none. */
    public CommandRejected rejection() {
        return rejection;
    }

    public EventFeed add(String name, int capacity, HostSubscriber subscriber) {
        EventFeed feed = new EventFeed(name, capacity, subscriber);
        feeds.add(feed);
        return feed;
    }

    public void remove(EventFeed feed) {
        feeds.remove(feed);
        feed.close();
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        if (rejection == null && event instanceof CommandRejected refused) {
            rejection = refused;
        }
        if (!muted) {
            for (EventFeed feed : feeds) {
                feed.offer(event);
            }
        }
    }

    @Override
    public void onCommandProcessed(Command command, long lastSequence) {
        endCommand();
    }

    /**
     * After each command's events (the engine's, or a cluster mirror's handing on the members'): a gap noted
     * meanwhile is told as soon as there is room for its marker.
     */
    public void endCommand() {
        for (EventFeed feed : feeds) {
            feed.flushGap();
        }
    }

    @Override
    public void close() {
        for (EventFeed feed : feeds) {
            remove(feed);
        }
    }
}
