package com.suanli.exchange.engine;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LongMapTest {

    @Test
    void agrees_with_a_hash_map_over_a_long_random_run_of_puts_and_removes() {
        SplittableRandom random = new SplittableRandom(11);
        LongMap<Long> map = new LongMap<>(16);
        Map<Long, Long> reference = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            // A small key range forces long probe chains and many backward shifts.
            long key = 1 + random.nextInt(3_000);
            if (random.nextInt(3) == 0) {
                assertThat(map.remove(key)).isEqualTo(reference.remove(key));
            } else {
                map.put(key, (long) i);
                reference.put(key, (long) i);
            }
            long probe = 1 + random.nextInt(3_000);
            assertThat(map.get(probe)).isEqualTo(reference.get(probe));
        }
        assertThat(map.size()).isEqualTo(reference.size());
        Map<Long, Long> seen = new HashMap<>();
        map.forEachValue(v -> seen.put(v, v));
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(reference.values());
    }

    @Test
    void key_zero_is_reserved_nothing_is_stored_or_found_under_it() {
        LongMap<String> map = new LongMap<>();
        map.put(1, "one");
        map.put(-1, "minus one");

        assertThatThrownBy(() -> map.put(0, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("key:");
        assertThat(map.get(0)).isNull();
        assertThat(map.remove(0)).isNull();
        assertThat(map.size()).isEqualTo(2);
        assertThat(map.get(-1)).isEqualTo("minus one");
    }
}
