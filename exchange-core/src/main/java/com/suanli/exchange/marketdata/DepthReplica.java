package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.Side;

import java.util.Objects;

/**
 * A consumer's copy of one instrument's depth: start it from a {@link DepthSnapshot}, then feed
 * it the incremental updates. An update whose {@code prevSeq} is not the replica's last sequence
 * number means one was lost: the replica reports {@link ReplicaUpdate#GAP}, stops applying, and
 * waits for a new snapshot. From a top-N snapshot the replica knows only those levels; removals of
 * levels it never saw are no-ops. Take the full {@link DepthBook#snapshot()} for an exact copy.
 */
public final class DepthReplica {

    private final int instrumentId;
    private final Depth depth = new Depth();
    private long lastSeq;
    private boolean live;
    private long gaps;

    public DepthReplica(int instrumentId) {
        this.instrumentId = instrumentId;
    }

    public int instrumentId() {
        return instrumentId;
    }

    /** Replaces the content with the snapshot and resumes applying updates after its sequence number. */
    public void load(DepthSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        if (snapshot.instrumentId() != instrumentId) {
            throw new IllegalArgumentException("snapshot.instrumentId: " + snapshot.instrumentId()
                    + " is not this replica's instrument " + instrumentId);
        }
        depth.load(snapshot);
        lastSeq = snapshot.seq();
        live = true;
    }

    public ReplicaUpdate apply(DepthUpdate update) {
        if (update.instrumentId() != instrumentId) {
            throw new IllegalArgumentException("instrumentId: " + update.instrumentId()
                    + " is not this replica's instrument " + instrumentId);
        }
        return apply(update.seq(), update.prevSeq(), update.side(), update.price(), update.quantity(),
                update.orderCount());
    }

    /** Applies one incremental update, as a {@link DepthListener} receives it. */
    public ReplicaUpdate apply(long seq, long prevSeq, Side side, long price, long quantity, int orderCount) {
        PriceLevels.requireLevel(side, price, quantity, orderCount);
        if (!live) {
            return ReplicaUpdate.AWAITING_SNAPSHOT;
        }
        if (seq <= lastSeq) {
            return ReplicaUpdate.STALE;
        }
        if (prevSeq != lastSeq) {
            live = false;
            gaps++;
            return ReplicaUpdate.GAP;
        }
        depth.levels(side).set(price, quantity, orderCount);
        lastSeq = seq;
        return ReplicaUpdate.APPLIED;
    }

    /** Whether updates are being ignored until a snapshot is loaded. */
    public boolean needsSnapshot() {
        return !live;
    }

    /** The sequence number of the last update (or snapshot) applied. */
    public long lastSeq() {
        return lastSeq;
    }

    /** How many gaps were detected since the replica was made. */
    public long gapCount() {
        return gaps;
    }

    public BestBidOffer bestBidOffer() {
        return depth.bestBidOffer(instrumentId, lastSeq);
    }

    /** The replica's best {@code maxLevels} levels of each side, as of {@link #lastSeq()}. */
    public DepthSnapshot snapshot(int maxLevels) {
        return depth.snapshot(instrumentId, lastSeq, maxLevels);
    }
}
