package com.suanli.exchange.marketdata;

import static com.suanli.exchange.book.Side.ASK;
import static com.suanli.exchange.book.Side.BID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.exchange.book.Side;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DepthReplicaTest {

    private static final int INSTRUMENT = 7;

    private final List<DepthUpdate> feed = new ArrayList<>();
    private final DepthBook book = new DepthBook(INSTRUMENT, (instrumentId, seq, prevSeq, side, price, quantity, orderCount) ->
            feed.add(new DepthUpdate(instrumentId, seq, prevSeq, side, price, quantity, orderCount)));
    private final DepthReplica replica = new DepthReplica(INSTRUMENT);

    @Test
    void a_replica_from_a_snapshot_follows_the_incrementals() {
        book.update(1, BID, 2000, 5, 1);
        book.update(2, ASK, 2010, 5, 1);
        replica.load(book.snapshot());
        feed.clear();

        book.update(3, BID, 2005, 2, 1);
        book.update(4, ASK, 2010, 0, 0);
        book.update(5, ASK, 2012, 1, 1);

        assertThat(feed).extracting(replica::apply).containsOnly(ReplicaUpdate.APPLIED);
        assertThat(replica.snapshot(Integer.MAX_VALUE)).isEqualTo(book.snapshot());
        assertThat(replica.bestBidOffer()).isEqualTo(book.bestBidOffer());
    }

    @Test
    void updates_already_in_the_snapshot_are_stale() {
        book.update(1, BID, 2000, 5, 1);
        book.update(2, BID, 2001, 5, 1);
        replica.load(book.snapshot());

        assertThat(feed).extracting(replica::apply).containsExactly(ReplicaUpdate.STALE, ReplicaUpdate.STALE);
        assertThat(replica.snapshot(10)).isEqualTo(book.snapshot(10));
    }

    @Test
    void a_lost_update_is_a_gap_and_the_replica_waits_for_a_snapshot() {
        replica.load(book.snapshot());
        book.update(1, BID, 2000, 5, 1);
        book.update(2, BID, 2001, 5, 1);
        book.update(3, BID, 2002, 5, 1);

        assertThat(replica.apply(feed.get(0))).isEqualTo(ReplicaUpdate.APPLIED);
        assertThat(replica.apply(feed.get(2))).isEqualTo(ReplicaUpdate.GAP);
        assertThat(replica.needsSnapshot()).isTrue();
        assertThat(replica.apply(feed.get(1))).isEqualTo(ReplicaUpdate.AWAITING_SNAPSHOT);
        assertThat(replica.gapCount()).isEqualTo(1);
        assertThat(replica.lastSeq()).isEqualTo(1);

        replica.load(book.snapshot());

        assertThat(replica.needsSnapshot()).isFalse();
        assertThat(replica.snapshot(10)).isEqualTo(book.snapshot(10));
    }

    @Test
    void a_new_replica_waits_for_its_first_snapshot() {
        book.update(1, BID, 2000, 5, 1);

        assertThat(replica.apply(feed.get(0))).isEqualTo(ReplicaUpdate.AWAITING_SNAPSHOT);
        assertThat(replica.needsSnapshot()).isTrue();
    }

    @Test
    void sequence_numbers_shared_across_instruments_chain_through_prev_seq() {
        replica.load(book.snapshot());
        book.update(100, BID, 2000, 5, 1);
        book.update(250, BID, 2001, 5, 1);

        assertThat(feed).extracting(replica::apply).containsOnly(ReplicaUpdate.APPLIED);
        assertThat(replica.lastSeq()).isEqualTo(250);
    }

    @Test
    void a_replica_from_the_top_levels_knows_only_those() {
        for (int i = 0; i < 5; i++) {
            book.update(i + 1, BID, 2000 - i, 1, 1);
        }
        replica.load(book.snapshot(2));
        feed.clear();
        book.update(6, BID, 1996, 0, 0);

        assertThat(replica.apply(feed.get(0))).as("a level it never saw").isEqualTo(ReplicaUpdate.APPLIED);
        assertThat(replica.snapshot(10).bids()).extracting(DepthLevel::price).containsExactly(2000L, 1999L);
    }

    @Test
    void a_replica_refuses_another_instrument() {
        assertThatThrownBy(() -> replica.load(new DepthSnapshot(8, 0, List.of(), List.of())))
                .hasMessage("snapshot.instrumentId: 8 is not this replica's instrument 7");
        assertThatThrownBy(() -> replica.apply(new DepthUpdate(8, 1, 0, BID, 1, 1, 1)))
                .hasMessage("instrumentId: 8 is not this replica's instrument 7");
    }

    @Test
    void a_lossy_feed_with_resnapshots_ends_equal_to_the_book() {
        SplittableRandom random = new SplittableRandom(20_270_301L);
        replica.load(book.snapshot());
        int gaps = 0;
        for (long seq = 1; seq <= 20_000; seq++) {
            randomUpdate(random, seq);
            DepthUpdate update = feed.remove(feed.size() - 1);
            boolean lost = random.nextInt(100) == 0;
            if (lost) {
                continue;
            }
            ReplicaUpdate result = replica.apply(update);
            if (result == ReplicaUpdate.GAP) {
                gaps++;
                replica.load(book.snapshot());
            } else {
                assertThat(result).isEqualTo(ReplicaUpdate.APPLIED);
                assertThat(replica.bestBidOffer()).isEqualTo(book.bestBidOffer());
            }
        }

        assertThat(gaps).isEqualTo(replica.gapCount()).isGreaterThan(100);
        assertThat(replica.snapshot(Integer.MAX_VALUE)).isEqualTo(book.snapshot());
    }

    /** A level change near 2000 ticks: bids below 2000, asks from 2000 up, a third of them removals. */
    private void randomUpdate(SplittableRandom random, long seq) {
        Side side = random.nextBoolean() ? BID : ASK;
        long price = side == BID ? 2000 - 1 - random.nextInt(40) : 2000 + random.nextInt(40);
        boolean present = book.quantityAt(side, price) > 0;
        if (present && random.nextInt(3) == 0) {
            book.update(seq, side, price, 0, 0);
        } else {
            book.update(seq, side, price, 1 + random.nextInt(500), 1 + random.nextInt(20));
        }
    }
}
