package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.future.ComputeFuture;
import com.suanli.pricing.future.FutureMeasures;
import com.suanli.pricing.future.FuturePricer;
import com.suanli.pricing.future.FutureTrade;
import com.suanli.pricing.market.MarketData;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** The fair price of a compute future on a forward curve, and a trade's value and delta ({@link FuturePricer}). */
public final class FuturesFairValue extends Calculator {

    public FuturesFairValue(TaskExecutor tasks) {
        super(Texts.get("calc.fair.futures-fair-value"), null, tasks, List.of(
                text("product", Texts.get("calc.fair.product"), "H100", Texts.get("calc.fair.product-code")),
                text("hub", Texts.get("calc.fair.hub"), "YRD", Texts.get("calc.fair.hub-code")),
                text("valuation", Texts.get("calc.fair.valuation-date"), "2026-11-27", "2026-11-27"),
                text("curve", Texts.get("calc.fair.forward-curve"),
                        "2026-12=20.0, 2027-01=19.5, 2027-02=19.0, 2027-03=18.5",
                        Texts.get("calc.fair.month-cny-per-gpu-hour-comma-separated")),
                text("delivery", Texts.get("calc.fair.delivery-month"), "2027-01", "2027-01"),
                text("lotSize", Texts.get("calc.fair.lot-size"), "100", Texts.get("calc.fair.gpu-hours-per-lot")),
                text("lots", Texts.get("calc.fair.lots"), "10", Texts.get("calc.fair.positive-bought-negative-sold")),
                text("tradePrice", Texts.get("calc.fair.trade-price"), "19.2",
                        Texts.get("calc.fair.cny-per-gpu-hour"))));
    }

    @Override
    Callable<Quote> prepare() {
        Underlying underlying = Underlying.of(Fields.code(Texts.get("calc.fair.product"), input("product")),
                Fields.code(Texts.get("calc.fair.hub"), input("hub")));
        LocalDate valuation = Fields.date(Texts.get("calc.fair.valuation-date"), input("valuation"));
        NavigableMap<YearMonth, Double> quotes = monthlyQuotes(Texts.get("calc.fair.forward-curve"), input("curve"));
        YearMonth delivery = Fields.month(Texts.get("calc.fair.delivery-month"), input("delivery"));
        double lotSize = Fields.positive(Texts.get("calc.fair.lot-size"), input("lotSize"));
        long lots = Fields.lots(Texts.get("calc.fair.lots"), input("lots"));
        double tradePrice = Fields.positive(Texts.get("calc.fair.trade-price"), input("tradePrice"));
        if (!quotes.containsKey(delivery)) {
            throw new FieldException(Texts.get("calc.fair.delivery-month"),
                    Texts.format("calc.fair.not-quoted", delivery.toString(), quotes.keySet().toString()));
        }
        FutureTrade trade = new FutureTrade(ComputeFuture.of(underlying, delivery, lotSize), valuation, lots, tradePrice);
        return () -> {
            MarketData market = MarketData.of(valuation, 0.0, Map.of(underlying, ForwardCurve.of(quotes)));
            FutureMeasures measures = FuturePricer.DEFAULT.measures(trade.resolve(), market);
            return Quote.of(List.of(
                    new ResultLine(Texts.get("calc.fair.fair-price"), Figures.price(measures.price()),
                            Texts.get("calc.fair.cny-per-gpu-hour")),
                    new ResultLine(Texts.get("calc.fair.trade-value"), Figures.amount(measures.pv()),
                            Texts.get("calc.fair.cny")),
                    new ResultLine(Texts.get("calc.fair.delta"), Figures.amount(measures.delta()),
                            Texts.get("calc.fair.gpu-hours"))));
        };
    }

    /** {@code 2027-01=19.5, 2027-02=19.0}: months with their forward prices. */
    static NavigableMap<YearMonth, Double> monthlyQuotes(String field, String text) {
        NavigableMap<YearMonth, Double> quotes = new TreeMap<>();
        for (String pair : Fields.required(field, text).split(",")) {
            String[] parts = pair.split("=");
            if (parts.length != 2) {
                throw new FieldException(field, Texts.format("calc.fair.quote-pair", pair.trim()));
            }
            YearMonth month = Fields.month(field, parts[0]);
            if (quotes.put(month, Fields.positive(field, parts[1])) != null) {
                throw new FieldException(field, Texts.format("calc.fair.quoted-twice", month.toString()));
            }
        }
        return quotes;
    }
}
