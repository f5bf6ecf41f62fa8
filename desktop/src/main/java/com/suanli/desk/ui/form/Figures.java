package com.suanli.desk.ui.form;

import com.suanli.desk.ui.text.Texts;
import java.math.BigDecimal;

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

    /**
     * A price that may fall between ticks (an average, a fair value) at its contract's tick precision ({@code tickScale}
     * decimals), with more only where it does: {@code 22.20} and {@code 22.205}, never {@code 22.2000} beside a last
     * price of 22.21.
     */
    public static String tickPrice(BigDecimal price, int tickScale) {
        BigDecimal exact = price.stripTrailingZeros();
        return exact.setScale(Math.max(tickScale, exact.scale())).toPlainString();
    }

    /** A volatility or other fraction as a percentage with two decimals. */
    public static String percent(double fraction) {
        return String.format(Texts.locale(), "%.2f%%", fraction * 100);
    }
}
