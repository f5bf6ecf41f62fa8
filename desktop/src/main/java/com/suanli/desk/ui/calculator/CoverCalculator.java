package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.listing.Hub;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A calculator that quotes a cover the desk can buy: its form also names the insured index (product and hub),
 * and Buy prices the form again and writes the policy at that premium ({@link CoverBuyer}), so what is bought is
 * exactly what the pricing library quoted for the terms shown. A refusal, the form's or the exchange's, is shown
 * on the error line; nothing is written.
 */
public abstract class CoverCalculator extends Calculator {

    private final ReadOnlyStringWrapper bought = new ReadOnlyStringWrapper("");

    CoverCalculator(String title, TaskExecutor tasks, List<CalculatorInput> inputs) {
        super(title, null, tasks, withIndex(inputs));
    }

    private static List<CalculatorInput> withIndex(List<CalculatorInput> inputs) {
        List<CalculatorInput> all = new ArrayList<>(inputs);
        all.add(text("product", Texts.get("calc.cover.product"), "H100", Texts.get("calc.cover.product-hint")));
        all.add(text("hub", Texts.get("calc.cover.hub"), "YRD", Texts.get("calc.cover.hub-hint")));
        return all;
    }

    /**
     * The contract the form describes, read on the UI thread.
     * @throws FieldException naming the field when the exchange could not write such a cover
     */
    abstract CoverOrder order();

    /**
     * Reads the contract, prices the form in the background and buys the quote through {@code buyer}; the
     * outcome is said on the UI thread: the policy bought, or the refusal naming the field.
     */
    public final void buy(CoverBuyer buyer) {
        bought.set("");
        CoverOrder order;
        try {
            order = order();
        } catch (IllegalArgumentException refused) {
            refuse(refused);
            return;
        }
        price(quote -> buyer.buy(order, quote.premiumCny(), outcome -> {
            if (outcome.taken()) {
                bought.set(Texts.format("calc.cover.bought", Texts.term(order.kind()), order.productCode(),
                        order.hub().code(), Long.toString(buyer.holder())));
            } else {
                refuse(new IllegalArgumentException(outcome.describe()));
            }
        }, this::refuse));
    }

    /** What the last Buy bought; empty before one, or after a refusal. */
    public final ReadOnlyStringProperty boughtProperty() {
        return bought.getReadOnlyProperty();
    }

    final String productCode() {
        return Fields.code(Texts.get("calc.cover.product"), input("product"));
    }

    final Hub hub() {
        String field = Texts.get("calc.cover.hub");
        String code = Fields.code(field, input("hub"));
        try {
            return Hub.ofCode(code);
        } catch (IllegalArgumentException unknown) {
            throw new FieldException(field, Texts.format("calc.cover.unknown-hub", code));
        }
    }

    /** A limit in whole fen from CNY, required to buy. */
    static long fen(String field, String text) {
        BigDecimal cny = BigDecimal.valueOf(Fields.positive(field, text));
        if (cny.scale() > 2) {
            throw new FieldException(field, Texts.get("calc.cover.whole-fen"));
        }
        return cny.movePointRight(2).longValueExact();
    }

    /** A positive whole number of units covered. */
    static long units(String field, String text) {
        long units = Fields.whole(field, text);
        if (units <= 0) {
            throw new FieldException(field, Texts.format("form.positive-whole", Long.toString(units)));
        }
        return units;
    }
}
