package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A book's side or volume by price kept in arrays holds what a map of the same writes holds, and a copy handed to the
 * FX thread keeps its levels while the worker writes on.
 */
class PriceLevelsTest {

    private static final long SEED = 20_261_206L;
    private static final int WRITES = 20_000;

    @Test
    void random_levels_written_and_added_equal_a_maps_and_a_copy_keeps_its_own() {
        SplittableRandom random = new SplittableRandom(SEED);
        PriceLevels levels = new PriceLevels();
        TreeMap<Long, Long> expected = new TreeMap<>();
        PriceLevels copy = null;
        TreeMap<Long, Long> copied = null;
        for (int i = 0; i < WRITES; i++) {
            long price = 1_000 + random.nextInt(60);
            long lots = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(50);
            if (random.nextBoolean()) {
                levels.put(price, lots);
                if (lots == 0) {
                    expected.remove(price);
                } else {
                    expected.put(price, lots);
                }
            } else if (lots != 0) {
                levels.add(price, lots);
                expected.merge(price, lots, Long::sum);
            }
            if (i == WRITES / 2) {
                copy = levels.copy();
                copied = new TreeMap<>(expected);
            }
            assertThat(levels.at(price)).isEqualTo(expected.getOrDefault(price, 0L));
        }
        assertThat(levels.asMap()).isEqualTo(expected);
        assertThat(levels.lowestPrice()).isEqualTo(expected.firstKey());
        assertThat(levels.highestPrice()).isEqualTo(expected.lastKey());
        assertThat(copy.asMap()).isEqualTo(copied);
        copy.put(999, 5);
        assertThat(copy.at(999)).isEqualTo(5);
        assertThat(levels.at(999)).isZero();
    }

    @Test
    void an_empty_side_and_one_cleared_hold_nothing() {
        PriceLevels levels = new PriceLevels();
        assertThat(levels.isEmpty()).isTrue();
        assertThat(levels.copy().asMap()).isEmpty();
        levels.put(10, 3);
        levels.put(11, 0);
        assertThat(levels.asMap()).isEqualTo(Map.of(10L, 3L));
        levels.clear();
        assertThat(levels.isEmpty()).isTrue();
        assertThat(levels.at(10)).isZero();
    }
}
