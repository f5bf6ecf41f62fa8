package com.suanli.gateway.entry;

import com.suanli.data.host.HostSubscriber;

/**
 * Receives the exchange's events in sequence order, on the entry's own thread. It is the host's subscriber
 * itself (the in-process host's, a cluster mirror's), not wrapped in one: every layer on the event path was
 * one more root the JIT compiled the whole path under, reports and FIX sends inlined, some 48 KB of code each
 * (docs/BENCHMARKS.md, "FIX gateway", 2026-12-05).
 */
public interface EntryListener extends HostSubscriber {

    /**
     * Every event published so far has been delivered: the end of a batch. The gateway writes the reports it
     * gathered over the batch now, so an entry calls this whenever its queue runs empty.
     */
    @Override
    default void onCaughtUp() {
    }
}
