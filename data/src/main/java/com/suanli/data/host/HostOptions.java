package com.suanli.data.host;

/**
 * How the host runs.
 * @param durability what a batch waits for before its commands are acknowledged
 * @param queueCapacity commands waiting for the sequencer before producers wait in {@code submit}
 * @param maxBatch the most commands one journal transaction holds
 * @param snapshotEvery a snapshot after at least this many commands since the last one; 0 for none
 */
public record HostOptions(Durability durability, int queueCapacity, int maxBatch, long snapshotEvery) {

    public HostOptions {
        if (durability == null) {
            throw new IllegalArgumentException("durability: missing");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity: " + queueCapacity + " must be at least 1");
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch: " + maxBatch + " must be at least 1");
        }
        if (snapshotEvery < 0) {
            throw new IllegalArgumentException("snapshotEvery: " + snapshotEvery + " must be 0 (none) or more");
        }
    }

    /** Synced batches of up to 8,192 commands, a queue of 65,536, a snapshot every 100,000 commands. */
    public static HostOptions defaults() {
        return new HostOptions(Durability.SYNCED, 65_536, 8_192, 100_000);
    }

    public HostOptions withDurability(Durability durability) {
        return new HostOptions(durability, queueCapacity, maxBatch, snapshotEvery);
    }

    public HostOptions withSnapshotEvery(long commands) {
        return new HostOptions(durability, queueCapacity, maxBatch, commands);
    }
}
