package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * A table's rows follow their source while shown, stay as they were while hidden (no change heard at all), and are
 * the source's again the moment they are shown: no update is lost, however many came while hidden.
 */
class ShownRowsTest {

    private static final long SEED = 20_261_203L;
    private static final int RANDOM_STEPS = 5_000;
    /** The blotter's windows keep about this many rows. */
    private static final int MOST_ROWS = 60;

    private final ObservableList<Integer> source = FXCollections.observableArrayList();
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private final List<ListChangeListener.Change<? extends Integer>> heard = new ArrayList<>();

    private ShownRows<Integer> rows() {
        ShownRows<Integer> rows = new ShownRows<>(source, shown);
        rows.rows().addListener((ListChangeListener<Integer>) heard::add);
        return rows;
    }

    @Test
    void rows_start_as_the_source_and_follow_it_while_shown() {
        source.setAll(3, 2, 1);
        ShownRows<Integer> rows = rows();

        source.add(0, 4);
        source.remove(3);

        assertThat(rows.rows()).containsExactly(4, 3, 2);
    }

    @Test
    void a_hidden_table_hears_nothing_and_is_brought_up_to_date_when_shown() {
        source.setAll(3, 2, 1);
        ShownRows<Integer> rows = rows();
        shown.set(false);

        source.addAll(0, List.of(6, 5, 4));
        source.remove(5);
        source.set(1, 50);

        assertThat(rows.rows()).containsExactly(3, 2, 1);
        assertThat(heard).isEmpty();

        shown.set(true);

        assertThat(rows.rows()).containsExactly(6, 50, 4, 3, 2);
    }

    @Test
    void rows_are_read_only_for_the_table() {
        ShownRows<Integer> rows = rows();

        assertThatThrownBy(() -> rows.rows().add(1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * Seeded: random edits of the source (rows on top, the oldest cut, a row changed, a row removed, everything
     * replaced) while the table is shown and hidden at random. While shown the rows are always the source; while
     * hidden they are what was shown when the table was hidden, and no change reaches the table.
     */
    @Test
    void under_random_edits_and_tab_changes_the_shown_rows_are_always_the_source() {
        SplittableRandom random = new SplittableRandom(SEED);
        ShownRows<Integer> rows = rows();
        List<Integer> whenHidden = List.of();
        int next = 0;
        for (int step = 0; step < RANDOM_STEPS; step++) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    List<Integer> arrived = new ArrayList<>();
                    for (int i = random.nextInt(1, 8); i > 0; i--) {
                        arrived.add(next++);
                    }
                    source.addAll(0, arrived);
                    if (source.size() > MOST_ROWS) {
                        source.remove(MOST_ROWS, source.size());
                    }
                }
                case 1 -> {
                    if (!source.isEmpty()) {
                        source.set(random.nextInt(source.size()), next++);
                    }
                }
                case 2 -> {
                    if (!source.isEmpty()) {
                        source.remove(random.nextInt(source.size()));
                    }
                }
                case 3 -> source.setAll(next++, next++);
                default -> {
                    if (shown.get()) {
                        whenHidden = List.copyOf(rows.rows());
                        heard.clear();
                    }
                    shown.set(!shown.get());
                }
            }
            if (shown.get()) {
                assertThat(rows.rows()).as("step %d, shown", step).isEqualTo(source);
            } else {
                assertThat(rows.rows()).as("step %d, hidden", step).isEqualTo(whenHidden);
                assertThat(heard).as("step %d, hidden", step).isEmpty();
            }
        }
    }
}
