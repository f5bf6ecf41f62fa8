package com.suanli.desk.ui.text;

import javafx.util.StringConverter;

/** Shows a drop-down's constants of the trade (order types, shift kinds) in the chosen language's words. */
public final class TermConverter<T extends Enum<T>> extends StringConverter<T> {

    @Override
    public String toString(T constant) {
        return constant == null ? "" : Texts.term(constant);
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("the drop-down is chosen from, not typed in");
    }
}
