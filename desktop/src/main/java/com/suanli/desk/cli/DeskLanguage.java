package com.suanli.desk.cli;

import com.suanli.desk.ui.text.Language;
import java.nio.file.Path;
import java.util.Locale;

/** The language the workstation opens in: {@code --language}, else the settings file's, else the system's. */
final class DeskLanguage {

    private DeskLanguage() {
    }

    /** @param option {@code --language} as typed, or null when not given */
    static Language chosen(String option, Path home) {
        if (option == null) {
            return Language.of(DeskSettings.language(home), Locale.getDefault());
        }
        try {
            return Language.of(option, Locale.getDefault());
        } catch (IllegalArgumentException refused) {
            throw new IllegalArgumentException("--" + refused.getMessage(), refused);
        }
    }
}
