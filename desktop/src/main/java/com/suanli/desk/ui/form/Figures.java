package com.suanli.desk.ui.form;

import com.suanli.desk.ui.text.Texts;

/**
 * How the desk's forms and risk tables print figures: thousands grouped, a fixed number of decimals, in the
 * locale of the chosen language (English and Chinese both group by commas with a decimal point).
 */
public final class Figures {

    private Figures() {
    }

    /** Money in CNY (or EUR), a quantity or a sensitivity: two decimals. */
    public static String amount(double value) {
        return String.format(Texts.locale(), "%,.2f", value);
    }

    /** A price per unit: four decimals, enough for a tick of 0.0001. */
    public static String price(double value) {
        return String.format(Texts.locale(), "%,.4f", value);
    }

    /** A volatility or other fraction as a percentage with two decimals. */
    public static String percent(double fraction) {
        return String.format(Texts.locale(), "%.2f%%", fraction * 100);
    }
}
