package com.suanli.desk.ui.text;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The desk's words by key, in the language chosen at start. One bundle for the whole desk, so a translator
 * sees every phrase in one file; keys are grouped by screen ({@code ticket.buy}, {@code menu.file}).
 * The language is chosen once before the first window opens: screens read their words as they are built.
 */
public final class Texts {

    private static final String BUNDLE = "com.suanli.desk.ui.text.messages";

    private static volatile Locale locale = Locale.ENGLISH;
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);
    /**
     * Each thread's parsed patterns of the bundle in use: parsing a {@link MessageFormat} on every call was a share of
     * the FX pulse under a busy market (charts' statuses, docs/BENCHMARKS.md), and a {@code MessageFormat} (its number
     * formats) may not be shared between threads.
     */
    private static final ThreadLocal<Patterns> PATTERNS = new ThreadLocal<>();

    private Texts() {
    }

    /** Chooses the language of every screen built from now on. */
    public static void use(Language language) {
        locale = language.locale();
        bundle = load(locale);
    }

    /** The locale figures and dates are formatted in. */
    public static Locale locale() {
        return locale;
    }

    /** The phrase for a key; a missing key is a programming error, shown as the key itself in brackets. */
    public static String get(String key) {
        return phrase(bundle, key);
    }

    private static String phrase(ResourceBundle words, String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The phrase for a key, if the bundle has one: for words that fall back to the exchange's own when not. */
    public static Optional<String> find(String key) {
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** The phrase for a key with its {@code {0}}, {@code {1}} … filled in, numbers in the chosen locale. */
    public static String format(String key, Object... arguments) {
        ResourceBundle words = bundle;
        Patterns patterns = PATTERNS.get();
        if (patterns == null || patterns.words() != words) {
            patterns = new Patterns(words, locale, new HashMap<>());
            PATTERNS.set(patterns);
        }
        return patterns.of(key).format(arguments);
    }

    /**
     * A constant of the trade (a contract kind, a side, a hub's side) in words, by the key
     * {@code term.<Enum>.<CONSTANT>}, e.g. {@code term.ContractKind.FUTURE}.
     */
    public static String term(Enum<?> constant) {
        return get("term." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** One thread's patterns parsed from one bundle, by key. */
    private record Patterns(ResourceBundle words, Locale locale, Map<String, MessageFormat> byKey) {

        MessageFormat of(String key) {
            return byKey.computeIfAbsent(key, missing -> new MessageFormat(phrase(words, missing), locale));
        }
    }

    private static ResourceBundle load(Locale locale) {
        // Without the fallback control a Chinese system locale would also pick up a stray default bundle.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
