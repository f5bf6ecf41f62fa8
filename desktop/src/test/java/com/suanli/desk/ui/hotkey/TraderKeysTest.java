package com.suanli.desk.ui.hotkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trader's keys: defaults, a file's changes, and a file refused whole with its error named. */
class TraderKeysTest {

    @TempDir
    Path settings;

    private static Properties changes(String... nameThenValue) {
        Properties changes = new Properties();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            changes.setProperty(nameThenValue[i], nameThenValue[i + 1]);
        }
        return changes;
    }

    @Test
    void every_action_has_its_own_default_key_and_five_presets() {
        TraderKeys keys = TraderKeys.defaults();

        assertThat(keys.keys()).containsOnlyKeys(TraderAction.values());
        assertThat(keys.keys().values()).doesNotHaveDuplicates();
        assertThat(keys.keys().get(TraderAction.CANCEL_ALL)).isEqualTo("F12");
        assertThat(keys.presetLots()).containsExactly(1L, 5L, 10L, 25L, 100L);
    }

    @Test
    void no_file_means_the_defaults() {
        assertThat(TraderKeys.load(settings.resolve("desk-keys.properties"))).isEqualTo(TraderKeys.defaults());
    }

    @Test
    void a_file_rebinds_keys_and_presets() throws IOException {
        Path file = Files.writeString(settings.resolve("desk-keys.properties"),
                "# my keys\nbuy = F5\nsell = F6\npreset-lots = 2, 4, 8, 16, 32\n");

        TraderKeys keys = TraderKeys.load(file);

        assertThat(keys.keys().get(TraderAction.BUY)).isEqualTo("F5");
        assertThat(keys.keys().get(TraderAction.SELL)).isEqualTo("F6");
        assertThat(keys.keys().get(TraderAction.CANCEL_ALL)).isEqualTo("F12");
        assertThat(keys.presetLots()).containsExactly(2L, 4L, 8L, 16L, 32L);
    }

    @Test
    void an_unknown_action_is_refused_listing_the_known_ones() throws IOException {
        Path file = Files.writeString(settings.resolve("desk-keys.properties"), "by = F5\n");

        assertThatThrownBy(() -> TraderKeys.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": by: not a trader key; the keys are buy, sell, join-bid");
    }

    @Test
    void a_key_bound_twice_is_refused_naming_both_actions() {
        assertThatThrownBy(() -> TraderKeys.defaults().with(changes("sell", "Shortcut+B")))
                .hasMessage("sell: Shortcut+B is already the key of buy");
    }

    @Test
    void presets_must_be_five_whole_positive_lots() {
        assertThatThrownBy(() -> TraderKeys.defaults().with(changes("preset-lots", "1,2,3")))
                .hasMessage("preset-lots: must list 5 quantities, listed 3");
        assertThatThrownBy(() -> TraderKeys.defaults().with(changes("preset-lots", "1,2,x,4,5")))
                .hasMessage("preset-lots: 'x' is not a whole number of lots");
        assertThatThrownBy(() -> TraderKeys.defaults().with(changes("preset-lots", "1,2,0,4,5")))
                .hasMessage("preset-lots: each quantity must be at least 1 lot, was 0");
    }

    @Test
    void a_key_that_is_not_a_combination_is_refused_with_an_example() {
        assertThatThrownBy(() -> TraderKeys.defaults().with(changes("buy", "Ctrl+")))
                .hasMessage("buy: 'Ctrl+' is not a key combination (write it like Shortcut+B, Alt+1 or F12)");
    }
}
