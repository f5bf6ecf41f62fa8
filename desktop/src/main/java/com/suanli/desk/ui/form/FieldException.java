package com.suanli.desk.ui.form;

import com.suanli.desk.ui.text.Texts;
import java.util.Objects;

/** A form field the user filled in wrongly: its label and why, shown next to the form as "label: reason". */
public final class FieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FieldException(String field, String reason) {
        super(Texts.format("form.field-reason", Objects.requireNonNull(field, "field"), Objects.requireNonNull(reason,
                "reason")));
        this.field = field;
    }

    /** The field's label as the form shows it. */
    public String field() {
        return field;
    }
}
