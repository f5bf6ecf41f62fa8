package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * A table's rows brought to their next content with changes a TableView follows keeping its cells: never a
 * replacement, never one removal of every row it showed, nothing at all when nothing changed.
 */
class TableRowsTest {

    private static final long SEED = 20_261_203L;
    private static final int RANDOM_CASES = 2_000;

    /** Every change the table would hear, with the number of rows it showed before each call. */
    private final List<String> heard = new ArrayList<>();
    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private int shownBefore;

    TableRowsTest() {
        rows.addListener((ListChangeListener<Integer>) change -> {
            while (change.next()) {
                if (change.wasReplaced()) {
                    heard.add("replaced " + change.getFrom());
                } else if (change.wasRemoved()) {
                    heard.add(change.getRemovedSize() == shownBefore ? "removed every row" : "removed");
                } else if (change.wasAdded()) {
                    heard.add("added");
                } else {
                    heard.add("other");
                }
            }
        });
    }

    private void show(List<Integer> next) {
        shownBefore = rows.size();
        heard.clear();
        TableRows.show(rows, next);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void prints_arriving_on_top_are_inserted_there_and_the_oldest_dropped_from_the_bottom() {
        rows.setAll(range(0, 500));

        List<Integer> next = new ArrayList<>(range(-30, 0));
        next.addAll(range(0, 470));
        show(next);

        assertThat(rows).containsExactlyElementsOf(next);
        assertThat(heard).containsExactly("added", "removed");
    }

    @Test
    void a_batch_bringing_more_rows_than_the_window_keeps_never_removes_every_row_at_once() {
        rows.setAll(range(0, 500));

        show(range(1_000, 1_500));

        assertThat(rows).containsExactlyElementsOf(range(1_000, 1_500));
        assertThat(heard).doesNotContain("removed every row").noneMatch(change -> change.startsWith("replaced"));
    }

    @Test
    void an_order_whose_status_changed_is_removed_and_its_successor_inserted_in_its_place_alone() {
        rows.setAll(range(0, 10));
        List<Integer> next = new ArrayList<>(range(0, 10));
        next.set(4, 40);

        show(next);

        assertThat(rows).containsExactlyElementsOf(next);
        assertThat(heard).containsExactly("removed", "added");
    }

    @Test
    void the_same_rows_again_change_nothing_and_no_listener_hears() {
        rows.setAll(range(0, 10));

        show(range(0, 10));

        assertThat(heard).isEmpty();
    }

    @Test
    void any_next_content_is_reached_without_a_replacement_or_a_removal_of_every_row() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < RANDOM_CASES; i++) {
            rows.setAll(randomRows(random));
            List<Integer> next = random.nextBoolean() ? randomRows(random) : shifted(random, rows);

            show(next);

            assertThat(rows).as("case %d", i).containsExactlyElementsOf(next);
            assertThat(heard).as("case %d", i).noneMatch(change -> change.startsWith("replaced"));
            if (shownBefore > 1) {
                assertThat(heard).as("case %d", i).doesNotContain("removed every row");
            }
        }
    }

    /** Up to 40 distinct rows, as a table's rows are (trade ids, order ids). */
    private static List<Integer> randomRows(SplittableRandom random) {
        List<Integer> drawn = new ArrayList<>();
        int size = random.nextInt(41);
        for (int i = 0; i < size; i++) {
            int row = random.nextInt(60);
            if (!drawn.contains(row)) {
                drawn.add(row);
            }
        }
        return drawn;
    }

    /** New rows on top of the old, the window cut at a random size: the tape's and the fills' usual batch. */
    private static List<Integer> shifted(SplittableRandom random, List<Integer> old) {
        List<Integer> next = new ArrayList<>(range(100, 100 + random.nextInt(1, 10)));
        next.addAll(old);
        return next.subList(0, Math.min(next.size(), 1 + random.nextInt(next.size())));
    }
}
