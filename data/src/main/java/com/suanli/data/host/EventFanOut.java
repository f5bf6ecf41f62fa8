package com.suanli.data.host;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.Arrays;

/**
 * The engine's sink in the host (and in the replicated exchange's service, docs/CLUSTER.md): hands every event to each subscriber's feed. Muted while the journal
 * is replayed at recovery, since those events were published when the commands were first applied.
 * It also notes the first refusal of the command being applied, for the command's acknowledgement.
 */
public final class EventFanOut implements EventSink, AutoCloseable {

    /**
     * Copied on each change and read whole on the sequencer, which walks it for every event and command: an
     * array, since a list's iterator was an object a command (docs/BENCHMARKS.md, "branch cluster16p").
     */
    private volatile EventFeed[] feeds = new EventFeed[0];
    /**
     * The feeds whose threads may still deliver: {@link #feeds} and those being closed. A feed leaves {@link #feeds}
     * before it closes, so that nothing more is offered to it, while its subscriber may still be in a call, and may
     * close the host from there: that thread is still one of the host's own, which the close must not wait for.
     */
    private volatile EventFeed[] open = new EventFeed[0];
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
        synchronized (this) {
            feeds = with(feeds, feed);
            open = with(open, feed);
        }
        return feed;
    }

    private static EventFeed[] with(EventFeed[] feeds, EventFeed feed) {
        EventFeed[] more = Arrays.copyOf(feeds, feeds.length + 1);
        more[feeds.length] = feed;
        return more;
    }

    private static EventFeed[] without(EventFeed[] feeds, EventFeed feed) {
        return Arrays.stream(feeds).filter(kept -> kept != feed).toArray(EventFeed[]::new);
    }

    /** Whether the calling thread is one of the feeds' own, delivering to its subscriber, or finishing as it closes. */
    public boolean delivering() {
        for (EventFeed feed : open) {
            if (feed.delivering()) {
                return true;
            }
        }
        return false;
    }

    public void remove(EventFeed feed) {
        synchronized (this) {
            feeds = without(feeds, feed);
        }
        try {
            feed.close();
        } finally {
            synchronized (this) {
                open = without(open, feed);
            }
        }
    }

    /**
     * The steady-state events are made into records only while a subscriber reads them: a cluster member's fan-out
     * mostly has none (the acknowledgement needs only the refusal, which is no such event).
     */
    @Override
    public boolean wantsRecords() {
        return !muted && feeds.length > 0;
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
