package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.insurance.LostHoursSeverity;
import com.suanli.pricing.insurance.OutageCover;
import com.suanli.pricing.insurance.OutageCoverMeasures;
import com.suanli.pricing.insurance.OutageCoverPricer;
import com.suanli.pricing.insurance.OutageRisk;
import com.suanli.pricing.insurance.PoissonFrequency;
import com.suanli.pricing.insurance.RiskLoading;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A quote for outage cover: outages as a Poisson count, lost GPU-hours lognormal, replacement at a price that
 * rises with market tightness; premiums, VaR and TVaR by Panjer recursion ({@link OutageCoverPricer}). Bought, it
 * is the exchange's outage cover on the GPUs covered at the index's hub for the term, paying up to the aggregate
 * limit, at the SD premium; the exchange's cover has no deductible or limit per outage in CNY.
 */
public final class OutageCoverQuote extends CoverCalculator {

    /** Outage rates are quoted per year. */
    private static final int RATE_PERIOD_DAYS = 365;

    public OutageCoverQuote(TaskExecutor tasks) {
        super(Texts.get("calc.outage.outage-cover"), tasks, List.of(
                text("term", Texts.get("calc.outage.term-days"), "30", Texts.get("calc.outage.days-covered")),
                text("outages", Texts.get("calc.outage.outages-per-year"), "4",
                        Texts.get("calc.outage.expected-outages-at-the-hub")),
                text("meanLost", Texts.get("calc.outage.mean-gpu-hours-lost"), "2000",
                        Texts.get("calc.outage.per-outage")),
                text("variation", Texts.get("calc.outage.loss-variation"), "1.5",
                        Texts.get("calc.outage.coefficient-of-variation-of-the-hours-lo")),
                text("replacement", Texts.get("calc.outage.replacement-price"), "20",
                        Texts.get("calc.outage.cny-per-gpu-hour-today")),
                text("tightness", Texts.get("calc.outage.tightness-beta"), "0.5",
                        Texts.get("calc.outage.price-rise-in-the-tightest-market-0-5-is")),
                text("eventDeductible", Texts.get("calc.outage.per-event-deductible"), "0",
                        Texts.get("calc.outage.cny")),
                text("eventLimit", Texts.get("calc.outage.per-event-limit"), "",
                        Texts.get("calc.outage.cny-empty-for-none")),
                text("aggregateDeductible", Texts.get("calc.outage.aggregate-deductible"), "0",
                        Texts.get("calc.outage.cny")),
                text("aggregateLimit", Texts.get("calc.outage.aggregate-limit"), "",
                        Texts.get("calc.outage.cny-empty-for-none")),
                text("loading", Texts.get("calc.outage.sd-loading"), "0.25", Texts.get("calc.outage.k-in-e-k-sd")),
                text("wang", Texts.get("calc.outage.wang-lambda"), "0.2",
                        Texts.get("calc.outage.risk-aversion-of-the-wang-transform")),
                text("confidence", Texts.get("calc.outage.confidence"), "0.99",
                        Texts.get("calc.outage.of-var-and-tvar")),
                text("gpus", Texts.get("calc.cover.gpus"), "500", Texts.get("calc.cover.gpus-hint"))));
    }

    @Override
    CoverOrder order() {
        int term = Fields.positiveWhole(Texts.get("calc.outage.term-days"), input("term"));
        noneOnTheExchange("calc.outage.per-event-deductible", input("eventDeductible"), "0");
        noneOnTheExchange("calc.outage.per-event-limit", input("eventLimit"), "");
        noneOnTheExchange("calc.outage.aggregate-deductible", input("aggregateDeductible"), "0");
        String limit = Texts.get("calc.outage.aggregate-limit");
        if (input("aggregateLimit").isBlank()) {
            throw new FieldException(limit, Texts.get("calc.cover.limit-to-buy"));
        }
        return CoverOrder.outage(productCode(), hub(), term, units(Texts.get("calc.cover.gpus"), input("gpus")),
                fen(limit, input("aggregateLimit")));
    }

    /** A term the exchange's cover has not: blank, or a zero, to buy. */
    private static void noneOnTheExchange(String key, String text, String none) {
        boolean absent = none.isEmpty() ? text.isBlank() : !text.isBlank()
                && Fields.notNegative(Texts.get(key), text) == 0;
        if (!absent) {
            throw new FieldException(Texts.get(key), Texts.format("calc.cover.none-to-buy", none.isEmpty()
                    ? Texts.get("calc.cover.empty") : none));
        }
    }

    @Override
    Callable<Quote> prepare() {
        int term = Fields.positiveWhole(Texts.get("calc.outage.term-days"), input("term"));
        double outages = Fields.positive(Texts.get("calc.outage.outages-per-year"), input("outages"));
        double meanLost = Fields.positive(Texts.get("calc.outage.mean-gpu-hours-lost"), input("meanLost"));
        double variation = Fields.positive(Texts.get("calc.outage.loss-variation"), input("variation"));
        double replacement = Fields.positive(Texts.get("calc.outage.replacement-price"), input("replacement"));
        double tightness = Fields.notNegative(Texts.get("calc.outage.tightness-beta"), input("tightness"));
        OutageCover cover = new OutageCover(term,
                Fields.notNegative(Texts.get("calc.outage.per-event-deductible"), input("eventDeductible")),
                Fields.limit(Texts.get("calc.outage.per-event-limit"), input("eventLimit")),
                Fields.notNegative(Texts.get("calc.outage.aggregate-deductible"), input("aggregateDeductible")),
                Fields.limit(Texts.get("calc.outage.aggregate-limit"), input("aggregateLimit")));
        RiskLoading loading = RiskLoading.of(Fields.notNegative(Texts.get("calc.outage.sd-loading"), input("loading")),
                Fields.notNegative(Texts.get("calc.outage.wang-lambda"), input("wang")),
                        Fields.fraction(Texts.get("calc.outage.confidence"), input("confidence")));
        OutageRisk risk = new OutageRisk(PoissonFrequency.of(outages), RATE_PERIOD_DAYS,
                LostHoursSeverity.of(meanLost, variation), replacement, tightness, 0.0);
        return () -> {
            OutageCoverMeasures quote = OutageCoverPricer.DEFAULT.measures(cover, risk, loading);
            String tail = Figures.percent(quote.confidence());
            return Quote.cover(List.of(
                    new ResultLine(Texts.get("calc.outage.expected-loss"), Figures.amount(quote.expectedLoss()),
                            Texts.get("calc.outage.cny-the-pure-premium")),
                    new ResultLine(Texts.get("calc.outage.standard-deviation"),
                            Figures.amount(quote.standardDeviation()), Texts.get("calc.outage.cny")),
                    new ResultLine(Texts.get("calc.outage.sd-premium"),
                            Figures.amount(quote.standardDeviationPremium()), Texts.get("calc.outage.cny")),
                    new ResultLine(Texts.get("calc.outage.wang-premium"), Figures.amount(quote.wangPremium()),
                            Texts.get("calc.outage.cny")),
                    new ResultLine(Texts.get("calc.outage.var"), Figures.amount(quote.valueAtRisk()),
                            Texts.format("calc.outage.cny-at", tail)),
                    new ResultLine(Texts.get("calc.outage.tvar"), Figures.amount(quote.tailValueAtRisk()),
                            Texts.format("calc.outage.cny-at", tail))), quote.standardDeviationPremium());
        };
    }
}
