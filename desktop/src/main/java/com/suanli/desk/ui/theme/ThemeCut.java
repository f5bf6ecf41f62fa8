package com.suanli.desk.ui.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stylesheet cut to the rules whose selectors can match a node of the desk: a selector is kept when every type,
 * style class and id it names is a word the desk's code can put on a node ({@link ClassWords}), a style class
 * followed by digits counting as its word ({@code "segment" + i}, {@code "default-color" + i}); pseudo-classes are
 * states, never cut. A rule keeps its kept selectors, in place, with its declarations unchanged, so what is left
 * cascades as in the whole sheet.
 */
final class ThemeCut {

    /** A type ({@code Text}), a style class ({@code .button}), an id ({@code #x}) or a pseudo-class ({@code :hover}). */
    private static final Pattern NAME = Pattern.compile("([.#:]?)(-?[A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

    private final Set<String> words;
    private int rules;
    private int keptRules;
    private int selectors;
    private int keptSelectors;

    ThemeCut(Set<String> words) {
        this.words = words;
    }

    /** The sheet's rules that can match, as CSS text. */
    String cut(String css) {
        String sheet = css.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder out = new StringBuilder(sheet.length() / 2);
        int at = 0;
        while (true) {
            int open = sheet.indexOf('{', at);
            if (open < 0) {
                break;
            }
            int close = sheet.indexOf('}', open);
            String selectorGroup = sheet.substring(at, open).strip();
            String body = sheet.substring(open, close + 1);
            at = close + 1;
            if (selectorGroup.startsWith("@")) {
                throw new IllegalArgumentException("an at-rule the cut does not know: " + selectorGroup);
            }
            rules++;
            List<String> kept = new ArrayList<>();
            for (String selector : selectorGroup.split(",")) {
                selectors++;
                if (canMatch(selector.strip())) {
                    kept.add(selector.strip());
                }
            }
            if (!kept.isEmpty()) {
                keptRules++;
                keptSelectors += kept.size();
                out.append(String.join(",\n", kept)).append(' ').append(body).append('\n');
            }
        }
        return out.toString();
    }

    private boolean canMatch(String selector) {
        Matcher name = NAME.matcher(selector);
        while (name.find()) {
            if (":".equals(name.group(1))) {
                continue;
            }
            String word = name.group(2);
            if (!words.contains(word) && !words.contains(TRAILING_DIGITS.matcher(word).replaceFirst(""))) {
                return false;
            }
        }
        return true;
    }

    String counts() {
        return "kept " + keptRules + " of " + rules + " rules, " + keptSelectors + " of " + selectors + " selectors";
    }
}
