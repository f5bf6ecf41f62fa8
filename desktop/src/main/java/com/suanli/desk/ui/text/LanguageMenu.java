package com.suanli.desk.ui.text;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View > Language: English, 中文 or the system's language. Each language is named in itself, so a user who
 * cannot read the current one still finds theirs. The choice is stored and applies at the next start.
 */
public final class LanguageMenu {

    private LanguageMenu() {
    }

    /** @param message where the desk tells the user when the choice applies (the status bar) */
    public static Menu of(LanguageSetting setting, Consumer<String> message) {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(message, "message");
        Menu menu = new Menu(Texts.get("language.menu"));
        menu.setId("menu-language");
        ToggleGroup choices = new ToggleGroup();
        for (Language language : Language.values()) {
            menu.getItems().add(choice(language.code(), Texts.get("language.name." + language.code()), setting,
                    choices, message));
        }
        menu.getItems().add(choice(LanguageSetting.SYSTEM, Texts.get("language.system"), setting, choices, message));
        return menu;
    }

    private static RadioMenuItem choice(String code, String name, LanguageSetting setting, ToggleGroup choices,
                                        Consumer<String> message) {
        RadioMenuItem item = new RadioMenuItem(name);
        item.setId("menu-language-" + code);
        item.setToggleGroup(choices);
        item.setSelected(code.equals(setting.stored().strip().toLowerCase(Locale.ROOT)));
        item.setOnAction(event -> {
            setting.keep().accept(code);
            message.accept(Texts.format("language.applies-at-next-start", name));
        });
        return item;
    }
}
