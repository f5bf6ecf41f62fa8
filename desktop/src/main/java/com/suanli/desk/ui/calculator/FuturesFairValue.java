package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
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
        super("Futures fair value", null, tasks, List.of(
                text("product", "Product", "H100", "product code"),
                text("hub", "Hub", "YRD", "hub code"),
                text("valuation", "Valuation date", "2026-11-27", "2026-11-27"),
                text("curve", "Forward curve", "2026-12=20.0, 2027-01=19.5, 2027-02=19.0, 2027-03=18.5",
                        "month=CNY per GPU-hour, comma separated"),
                text("delivery", "Delivery month", "2027-01", "2027-01"),
                text("lotSize", "Lot size", "100", "GPU-hours per lot"),
                text("lots", "Lots", "10", "positive bought, negative sold"),
                text("tradePrice", "Trade price", "19.2", "CNY per GPU-hour")));
    }

    @Override
    Callable<Quote> prepare() {
        Underlying underlying = Underlying.of(Fields.code("Product", input("product")), Fields.code("Hub", input("hub")));
        LocalDate valuation = Fields.date("Valuation date", input("valuation"));
        NavigableMap<YearMonth, Double> quotes = monthlyQuotes("Forward curve", input("curve"));
        YearMonth delivery = Fields.month("Delivery month", input("delivery"));
        double lotSize = Fields.positive("Lot size", input("lotSize"));
        long lots = Fields.lots("Lots", input("lots"));
        double tradePrice = Fields.positive("Trade price", input("tradePrice"));
        if (!quotes.containsKey(delivery)) {
            throw new FieldException("Delivery month", delivery + " is not quoted on the forward curve "
                    + quotes.keySet());
        }
        FutureTrade trade = new FutureTrade(ComputeFuture.of(underlying, delivery, lotSize), valuation, lots, tradePrice);
        return () -> {
            MarketData market = MarketData.of(valuation, 0.0, Map.of(underlying, ForwardCurve.of(quotes)));
            FutureMeasures measures = FuturePricer.DEFAULT.measures(trade.resolve(), market);
            return Quote.of(List.of(
                    new ResultLine("Fair price", Figures.price(measures.price()), "CNY per GPU-hour"),
                    new ResultLine("Trade value", Figures.amount(measures.pv()), "CNY"),
                    new ResultLine("Delta", Figures.amount(measures.delta()), "GPU-hours")));
        };
    }

    /** {@code 2027-01=19.5, 2027-02=19.0}: months with their forward prices. */
    static NavigableMap<YearMonth, Double> monthlyQuotes(String field, String text) {
        NavigableMap<YearMonth, Double> quotes = new TreeMap<>();
        for (String pair : Fields.required(field, text).split(",")) {
            String[] parts = pair.split("=");
            if (parts.length != 2) {
                throw new FieldException(field, "each quote is month=price, was '" + pair.trim() + "'");
            }
            YearMonth month = Fields.month(field, parts[0]);
            if (quotes.put(month, Fields.positive(field, parts[1])) != null) {
                throw new FieldException(field, month + " is quoted twice");
            }
        }
        return quotes;
    }
}
