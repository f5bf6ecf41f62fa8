package com.suanli.exchange.engine.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuctionPricerTest {
    private static final long FAR_BELOW = 1;
    private static final long FAR_ABOVE = 1_000_000;
    private static final int RANDOM_BOOKS = 20_000;

    /** One side's levels, best first, as the pricer takes them. */
    private record Levels(long[] prices, long[] quantities) {
        static Levels of(TreeMap<Long, Long> bestFirst) {
            long[] prices = new long[bestFirst.size()];
            long[] quantities = new long[bestFirst.size()];
            int i = 0;
            for (var level : bestFirst.entrySet()) {
                prices[i] = level.getKey();
                quantities[i++] = level.getValue();
            }
            return new Levels(prices, quantities);
        }
    }

    /** Quantity pairs {@code {price, quantity}}, any order; a price may repeat (its quantities add up). */
    private static Optional<AuctionPrice> price(long[][] bids, long[][] asks, long reference) {
        TreeMap<Long, Long> bidLevels = new TreeMap<>((a, b) -> Long.compare(b, a));
        TreeMap<Long, Long> askLevels = new TreeMap<>();
        for (long[] bid : bids) {
            bidLevels.merge(bid[0], bid[1], Long::sum);
        }
        for (long[] ask : asks) {
            askLevels.merge(ask[0], ask[1], Long::sum);
        }
        Levels b = Levels.of(bidLevels);
        Levels a = Levels.of(askLevels);
        return AuctionPricer.find(b.prices, b.quantities, b.prices.length, a.prices, a.quantities, a.prices.length,
                reference);
    }

    /**
     * A book as CME prints it, one row per price, highest first: {cumulative bids, bid quantity,
     * price, ask quantity, cumulative offers}. The published cumulative columns are checked
     * against the quantities, so a slip in copying the table shows up here.
     */
    private static Optional<AuctionPrice> cmeTable(long[][] rows, long reference) {
        List<long[]> bids = new ArrayList<>();
        List<long[]> asks = new ArrayList<>();
        long cumulativeBids = 0;
        for (long[] row : rows) {
            cumulativeBids += row[1];
            assertThat(row[0]).as("cumulative bids at %d", row[2]).isEqualTo(cumulativeBids);
            if (row[1] > 0) {
                bids.add(new long[] {row[2], row[1]});
            }
            if (row[3] > 0) {
                asks.add(new long[] {row[2], row[3]});
            }
        }
        long cumulativeOffers = 0;
        for (int i = rows.length - 1; i >= 0; i--) {
            cumulativeOffers += rows[i][3];
            assertThat(rows[i][4]).as("cumulative offers at %d", rows[i][2]).isEqualTo(cumulativeOffers);
        }
        return price(bids.toArray(long[][]::new), asks.toArray(long[][]::new), reference);
    }

    // ---------------------------------------------------------------- published worked examples

    /** CME Group Client Systems Wiki, "Application of the Indicative Opening Price Rules" (CME Globex), Rule 1. */
    @ParameterizedTest
    @ValueSource(longs = {FAR_BELOW, FAR_ABOVE})
    void cme_rule_1_the_price_that_matches_the_most(long reference) {
        long[][] rows = {
            {10, 10, 51, 30, 357},
            {30, 20, 50, 100, 327},
            {60, 30, 49, 1, 227},
            {100, 40, 48, 25, 226},
            {150, 50, 47, 1, 201},
            {220, 70, 46, 100, 200},
            {320, 100, 45, 90, 100},
            {321, 1, 44, 4, 10},
            {351, 30, 43, 6, 6},
        };
        // Published: "Executed Quantity = 200 ... the Indicative Opening Price is 46"; 220 bids - 200 offers left over.
        assertThat(cmeTable(rows, reference)).contains(new AuctionPrice(46, 200, 20));
    }

    /** Same source, Rule 2: 46 and 47 both match 150; 47 leaves nothing unmatched, 46 leaves 30. */
    @ParameterizedTest
    @ValueSource(longs = {FAR_BELOW, FAR_ABOVE})
    void cme_rule_2_the_least_non_matching_quantity(long reference) {
        long[][] rows = {
            {10, 10, 51, 30, 306},
            {30, 20, 50, 100, 276},
            {60, 30, 49, 1, 176},
            {100, 40, 48, 25, 175},
            {150, 50, 47, 0, 150},
            {180, 30, 46, 50, 150},
            {280, 100, 45, 90, 100},
            {281, 1, 44, 4, 10},
            {311, 30, 43, 6, 6},
        };
        assertThat(cmeTable(rows, reference)).contains(new AuctionPrice(47, 150, 0));
    }

    /** Same source, Rule 3: 46 and 47 match 150 and leave 30 bids each; with buy surplus, the higher price. */
    @ParameterizedTest
    @ValueSource(longs = {FAR_BELOW, FAR_ABOVE})
    void cme_rule_3_the_highest_price_when_the_surplus_is_all_bids(long reference) {
        long[][] rows = {
            {10, 10, 51, 30, 306},
            {30, 20, 50, 100, 276},
            {60, 30, 49, 1, 176},
            {100, 40, 48, 25, 175},
            {180, 80, 47, 0, 150},
            {180, 0, 46, 50, 150},
            {200, 20, 45, 90, 100},
            {230, 30, 44, 4, 10},
            {260, 30, 43, 6, 6},
        };
        assertThat(cmeTable(rows, reference)).contains(new AuctionPrice(47, 150, 30));
    }

    /**
     * ASX's call auction algorithm (introduced in SEATS in 2002), worked example "Order book for
     * stock X at the conclusion of the pre-open period", in cents, as reproduced in the UNSW
     * Trading Engine course reading "appendix of additional reading": maximum volume 1,000 at every
     * price from $6.10 to $6.39, minimum surplus 500 (all bids) at every price from $6.35 to $6.39,
     * so buy pressure gives the highest, $6.39. Four of those five prices are no order's limit.
     */
    @ParameterizedTest
    @ValueSource(longs = {FAR_BELOW, FAR_ABOVE})
    void asx_example_every_tick_in_the_overlap_is_a_candidate(long reference) {
        long[][] bids = {{640, 500}, {639, 500}, {639, 500}, {634, 1_000}, {633, 500}};
        long[][] asks = {{610, 1_000}, {640, 500}, {641, 520}, {642, 550}, {643, 519}};
        assertThat(price(bids, asks, reference)).contains(new AuctionPrice(639, 1_000, 500));
    }

    // ---------------------------------------------------------------- the rule's other branches

    /** The book of issue 11: limits alone would give 1030 with 4 bids unmatched. */
    @Test
    void between_two_limits_a_price_with_no_surplus_beats_the_limits_with_surplus() {
        long[][] bids = {{1_030, 10}, {1_000, 4}};
        long[][] asks = {{990, 10}, {1_020, 4}};
        // 990..1000: 10 lots, 4 bids left; 1001..1019: 10 lots, none left; 1020..1030: 10 lots, 4 asks left.
        assertThat(price(bids, asks, 1_095)).contains(new AuctionPrice(1_019, 10, 0));
        assertThat(price(bids, asks, 1_010)).contains(new AuctionPrice(1_010, 10, 0));
        assertThat(price(bids, asks, 900)).contains(new AuctionPrice(1_001, 10, 0));
    }

    @Test
    void equal_volume_goes_to_the_smallest_surplus_and_sell_pressure_to_the_lowest_price() {
        // Every price 99..102 executes 10; 4 bids are left at 99 and 100, 2 asks at 101 and 102.
        long[][] bids = {{102, 10}, {100, 4}};
        long[][] asks = {{99, 10}, {101, 2}};
        assertThat(price(bids, asks, FAR_BELOW)).contains(new AuctionPrice(101, 10, 2));
        assertThat(price(bids, asks, FAR_ABOVE)).contains(new AuctionPrice(101, 10, 2));
    }

    @Test
    void surplus_on_both_sides_goes_to_the_price_nearest_the_reference() {
        // 90..100 execute 5 and leave 2 bids; 101..110 execute 5 and leave 2 asks.
        long[][] bids = {{110, 5}, {100, 2}};
        long[][] asks = {{90, 5}, {101, 2}};
        assertThat(price(bids, asks, 95)).contains(new AuctionPrice(95, 5, 2));
        assertThat(price(bids, asks, 200)).contains(new AuctionPrice(110, 5, 2));
        assertThat(price(bids, asks, 50)).contains(new AuctionPrice(90, 5, 2));
    }

    @Test
    void with_no_surplus_the_reference_itself_wins_inside_the_range_and_the_nearer_end_outside() {
        long[][] bids = {{105, 5}};
        long[][] asks = {{95, 5}};
        assertThat(price(bids, asks, 100)).contains(new AuctionPrice(100, 5, 0));
        assertThat(price(bids, asks, 120)).contains(new AuctionPrice(105, 5, 0));
        assertThat(price(bids, asks, 50)).contains(new AuctionPrice(95, 5, 0));
    }

    @Test
    void a_book_that_does_not_cross_has_no_uncross_price() {
        assertThat(price(new long[][] {{99, 5}}, new long[][] {{100, 5}}, 100)).isEmpty();
        assertThat(price(new long[][] {}, new long[][] {{100, 5}}, 100)).isEmpty();
        assertThat(price(new long[][] {{100, 5}}, new long[][] {}, 100)).isEmpty();
    }

    @Test
    void levels_out_of_order_or_without_quantity_are_refused_naming_the_field() {
        long[] two = {1, 1};
        assertThatThrownBy(() -> AuctionPricer.find(new long[] {100, 101}, two, 2, new long[] {99}, two, 1, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bidPrices[1]");
        assertThatThrownBy(() -> AuctionPricer.find(new long[] {101}, two, 1, new long[] {99, 99}, two, 2, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("askPrices[1]");
        assertThatThrownBy(() -> AuctionPricer.find(new long[] {101}, new long[] {0}, 1, new long[] {99}, two, 1, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bidQuantities[0]");
        assertThatThrownBy(() -> AuctionPricer.find(new long[] {101}, two, 3, new long[] {99}, two, 1, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bidCount");
    }

    // ---------------------------------------------------------------- against the rule read literally

    /**
     * The rule applied word for word, tick by tick over the overlap: keep the prices of the most
     * volume, of those the least surplus, then buy pressure takes the highest, sell pressure the
     * lowest, anything else the one nearest the reference (ties: the lower).
     */
    private static Optional<AuctionPrice> literally(long[][] bids, long[][] asks, long reference) {
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (long[] a : asks) {
            low = Math.min(low, a[0]);
        }
        for (long[] b : bids) {
            high = Math.max(high, b[0]);
        }
        List<long[]> candidates = new ArrayList<>();
        for (long p = low; p <= high; p++) {
            long demand = 0;
            long supply = 0;
            for (long[] b : bids) {
                demand += b[0] >= p ? b[1] : 0;
            }
            for (long[] a : asks) {
                supply += a[0] <= p ? a[1] : 0;
            }
            candidates.add(new long[] {p, Math.min(demand, supply), demand - supply});
        }
        long maxVolume = candidates.stream().mapToLong(c -> c[1]).max().orElse(0);
        if (maxVolume == 0) {
            return Optional.empty();
        }
        candidates.removeIf(c -> c[1] != maxVolume);
        long minSurplus = candidates.stream().mapToLong(c -> Math.abs(c[2])).min().orElseThrow();
        candidates.removeIf(c -> Math.abs(c[2]) != minSurplus);
        boolean buy = candidates.stream().allMatch(c -> c[2] > 0);
        boolean sell = candidates.stream().allMatch(c -> c[2] < 0);
        long[] chosen = candidates.get(0);
        for (long[] c : candidates) {
            boolean better = buy ? c[0] > chosen[0] : !sell && Math.abs(c[0] - reference) < Math.abs(chosen[0] - reference);
            chosen = better ? c : chosen;
        }
        return Optional.of(new AuctionPrice(chosen[0], maxVolume, minSurplus));
    }

    @Test
    void the_linear_merge_agrees_with_the_rule_read_literally_on_random_books() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < RANDOM_BOOKS; n++) {
            long base = 100 + random.nextInt(50);
            long[][] bids = randomOrders(random, base, 30);
            long[][] asks = randomOrders(random, base, 30);
            long reference = base - 10 + random.nextInt(60);
            assertThat(price(bids, asks, reference)).as("book %d", n).isEqualTo(literally(bids, asks, reference));
        }
    }

    private static long[][] randomOrders(SplittableRandom random, long base, int spread) {
        long[][] orders = new long[random.nextInt(8)][];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = new long[] {base + random.nextInt(spread), 1 + random.nextInt(random.nextBoolean() ? 3 : 40)};
        }
        return orders;
    }
}
