package com.suanli.desk.ui.calculator;

import java.util.Objects;

/** One figure a calculator answers with: what it is, the value as printed, and its unit. */
public record ResultLine(String label, String value, String unit) {

    public ResultLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }
}
