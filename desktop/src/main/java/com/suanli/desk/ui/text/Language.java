package com.suanli.desk.ui.text;

import java.util.Locale;

/** The languages the desk speaks, as the {@code language} setting names them. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    CHINESE("zh", Locale.SIMPLIFIED_CHINESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a setting: {@code en}, {@code zh}, or {@code system} (or empty) for the system's. */
    public static Language of(String setting, Locale system) {
        String value = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("system")) {
            return system.getLanguage().equals("zh") ? CHINESE : ENGLISH;
        }
        for (Language language : values()) {
            if (language.code.equals(value)) {
                return language;
            }
        }
        throw new IllegalArgumentException("language: must be en, zh or system, was '" + setting + "'");
    }
}
