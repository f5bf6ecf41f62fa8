package com.suanli.exchange.clearing;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clearing's map of ids to indices, against a {@link HashMap}, through many growths. */
class LongIntMapTest {
    private static final int KEYS = 50_000;

    @Test
    void every_key_put_is_found_with_its_latest_value_and_no_other_key_is() {
        SplittableRandom random = new SplittableRandom(5);
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < KEYS; i++) {
            // Small keys collide in the low bits; position keys are (account + 1) << 32 | contract.
            long key = random.nextBoolean() ? 1 + random.nextInt(KEYS) : ((long) (1 + random.nextInt(10_000)) << 32)
                    | random.nextInt(200);
            int value = random.nextInt(Integer.MAX_VALUE);
            map.put(key, value);
            expected.put(key, value);
        }
        expected.forEach((key, value) -> assertThat(map.get(key)).as("key %d", key).isEqualTo(value));
        for (int i = 0; i < KEYS; i++) {
            long absent = -1 - random.nextInt(KEYS);
            assertThat(map.get(absent)).isEqualTo(LongIntMap.MISSING);
        }
        assertThat(map.get(0)).isEqualTo(LongIntMap.MISSING);
    }

    @Test
    void key_zero_is_refused_since_it_marks_an_empty_slot() {
        assertThatThrownBy(() -> new LongIntMap(16).put(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key: 0");
    }
}
