package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * A read model's rows are brought to their next content in one change, so that whoever hears it (a table's
 * {@link ShownRows}, a count in a tab's title) reads the rows whole, never half done.
 */
class ModelRowsTest {

    private static final long SEED = 20_261_205L;
    private static final int RANDOM_CASES = 2_000;
    /** The charts' tape keeps this many prints. */
    private static final int KEPT = 200;

    private final ModelRows<Integer> rows = new ModelRows<>();
    /** What each change heard found the rows to be. */
    private final List<List<Integer>> heard = new ArrayList<>();

    ModelRowsTest() {
        rows.addListener((ListChangeListener<Integer>) change -> heard.add(List.copyOf(change.getList())));
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void prints_on_top_and_the_oldest_cut_are_heard_once_with_the_rows_whole() {
        rows.show(range(0, KEPT));
        heard.clear();
        List<Integer> next = new ArrayList<>(range(-150, 0));
        next.addAll(range(0, KEPT - 150));

        rows.show(next);

        assertThat(rows).containsExactlyElementsOf(next);
        assertThat(heard).containsExactly(next);
    }

    @Test
    void the_same_rows_again_are_not_heard() {
        rows.show(range(0, 10));
        heard.clear();

        rows.show(range(0, 10));

        assertThat(heard).isEmpty();
    }

    @Test
    void any_next_content_is_reached_in_one_change() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < RANDOM_CASES; i++) {
            List<Integer> next = new ArrayList<>();
            for (int row = random.nextInt(60); next.size() < random.nextInt(41); row += random.nextInt(1, 4)) {
                next.add(random.nextBoolean() ? row : -row - 1);
            }
            heard.clear();
            boolean same = rows.equals(next);

            rows.show(next);

            assertThat(rows).as("case %d", i).containsExactlyElementsOf(next);
            assertThat(heard).as("case %d", i).isEqualTo(same ? List.of() : List.of(next));
        }
    }

    @Test
    void rows_prepended_go_on_top_newest_first_with_the_oldest_cut_heard_once_as_show_would_make_them() {
        rows.show(range(0, KEPT));
        ModelRows<Integer> shown = new ModelRows<>();
        shown.show(range(0, KEPT));
        heard.clear();
        List<Integer> arrived = range(KEPT, KEPT + 30);
        List<Integer> next = new ArrayList<>(arrived);
        Collections.reverse(next);
        next.addAll(range(0, KEPT - 30));

        rows.prepend(arrived, KEPT);
        shown.show(next);

        assertThat(rows).containsExactlyElementsOf(next).containsExactlyElementsOf(shown);
        assertThat(heard).containsExactly(next);
    }

    @Test
    void more_rows_prepended_than_kept_leave_the_newest_and_nothing_arrived_is_not_heard() {
        rows.prepend(range(0, 3), KEPT);
        rows.prepend(range(3, KEPT + 53), KEPT);
        heard.clear();

        rows.prepend(List.of(), KEPT);

        assertThat(rows).hasSize(KEPT).first().isEqualTo(KEPT + 52);
        assertThat(rows.get(KEPT - 1)).isEqualTo(53);
        assertThat(heard).isEmpty();
    }

    /**
     * A busy market's table redraws at the first change it hears in a period and holds the rest for the next: it
     * shows the capped tape whole, not the new prints on top of the old before the oldest were cut.
     */
    @Test
    void a_busy_table_following_the_rows_shows_them_whole() {
        rows.show(range(0, KEPT));
        ObservableList<Integer> shown = ShownRows.paced(rows, () -> true, PacedRedraw.Slot.TAPE).rows();
        List<Integer> next = new ArrayList<>(range(-150, 0));
        next.addAll(range(0, KEPT - 150));

        rows.show(next);

        assertThat(shown).hasSize(KEPT).containsExactlyElementsOf(next);
    }
}
