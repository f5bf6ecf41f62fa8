package com.suanli.exchange.marketdata;

/** What a {@link DepthReplica} did with an incremental update. */
public enum ReplicaUpdate {
    /** The update followed the last one and was applied. */
    APPLIED,
    /** The update is already in the replica (at or before its last sequence number) and was ignored. */
    STALE,
    /** An update was lost before this one: the replica stops and needs a snapshot. */
    GAP,
    /** The replica has no snapshot yet, or lost an update earlier: ignored until a snapshot is loaded. */
    AWAITING_SNAPSHOT
}
