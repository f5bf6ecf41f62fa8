package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists joined read as their concatenation, in order, by index, by iterator and by forEach, and cannot be changed. */
class JoinedListTest {

    private final JoinedList<Integer> joined =
            new JoinedList<>(List.of(List.of(1, 2), List.of(), List.of(3), List.of(4, 5)));

    @Test
    void reads_as_the_parts_one_after_the_other() {
        assertThat(joined).hasSize(5).containsExactly(1, 2, 3, 4, 5).isEqualTo(List.of(1, 2, 3, 4, 5));
        assertThat(joined.get(2)).isEqualTo(3);
        assertThat(joined.get(4)).isEqualTo(5);
        List<Integer> walked = new ArrayList<>();
        joined.forEach(walked::add);
        assertThat(walked).containsExactly(1, 2, 3, 4, 5);
        assertThat(new JoinedList<Integer>(List.of(List.of(), List.of()))).isEmpty();
    }

    @Test
    void refuses_an_index_past_its_end_and_any_change() {
        assertThatThrownBy(() -> joined.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> joined.add(6)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> joined.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    }
}
