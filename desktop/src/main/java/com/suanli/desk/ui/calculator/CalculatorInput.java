package com.suanli.desk.ui.calculator;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of a calculator's form: typed text, or one of a few {@code choices}. The label is the name the
 * refusals use.
 */
public final class CalculatorInput {

    private final String id;
    private final String label;
    private final String hint;
    private final List<String> choices;
    private final StringProperty value;

    private CalculatorInput(String id, String label, String value, String hint, List<String> choices) {
        this.id = Objects.requireNonNull(id, "id");
        this.label = Objects.requireNonNull(label, "label");
        this.hint = Objects.requireNonNull(hint, "hint");
        this.choices = List.copyOf(choices);
        this.value = new SimpleStringProperty(value);
    }

    /** A typed field with its starting value and a hint shown while it is empty. */
    static CalculatorInput text(String id, String label, String value, String hint) {
        return new CalculatorInput(id, label, value, hint, List.of());
    }

    /** A field chosen from {@code choices}, starting at the first. */
    static CalculatorInput choice(String id, String label, List<String> choices) {
        return new CalculatorInput(id, label, choices.get(0), "", choices);
    }

    /** Stable node id suffix, e.g. {@code strike}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** Empty for a typed field. */
    public List<String> choices() {
        return choices;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public String value() {
        return value.get();
    }
}
