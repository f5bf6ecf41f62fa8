package com.suanli.data.host;

/** What the host waits for before it acknowledges a batch. */
public enum Durability {
    /**
     * The batch's transaction committed with {@code WRITE_DELAY=0}: the bytes are in the database file
     * (the operating system's page cache). Survives the process being killed, not a power cut.
     */
    WRITTEN,
    /**
     * Committed and then forced to the device ({@code CHECKPOINT SYNC}, an fsync): survives a power cut
     * as well, as far as the disk honours the flush.
     */
    SYNCED
}
