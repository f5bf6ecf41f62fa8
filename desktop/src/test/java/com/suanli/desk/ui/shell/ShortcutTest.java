package com.suanli.desk.ui.shell;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShortcutTest {

    @Test
    void a_shortcut_without_keys_is_refused_naming_its_action() {
        assertThatThrownBy(() -> new Shortcut("Cancel all", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keys: must not be blank for 'Cancel all'");
    }

    @Test
    void a_shortcut_without_an_action_is_refused() {
        assertThatThrownBy(() -> new Shortcut("", "F5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action: must not be blank");
    }
}
