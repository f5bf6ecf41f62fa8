package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
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
 * rises with market tightness; premiums, VaR and TVaR by Panjer recursion ({@link OutageCoverPricer}).
 */
public final class OutageCoverQuote extends Calculator {

    /** Outage rates are quoted per year. */
    private static final int RATE_PERIOD_DAYS = 365;

    public OutageCoverQuote(TaskExecutor tasks) {
        super("Outage cover", null, tasks, List.of(
                text("term", "Term days", "30", "days covered"),
                text("outages", "Outages per year", "4", "expected outages at the hub"),
                text("meanLost", "Mean GPU-hours lost", "2000", "per outage"),
                text("variation", "Loss variation", "1.5", "coefficient of variation of the hours lost"),
                text("replacement", "Replacement price", "20", "CNY per GPU-hour today"),
                text("tightness", "Tightness beta", "0.5", "price rise in the tightest market, 0.5 is 50%"),
                text("eventDeductible", "Per-event deductible", "0", "CNY"),
                text("eventLimit", "Per-event limit", "", "CNY; empty for none"),
                text("aggregateDeductible", "Aggregate deductible", "0", "CNY"),
                text("aggregateLimit", "Aggregate limit", "", "CNY; empty for none"),
                text("loading", "SD loading", "0.25", "k in E + k SD"),
                text("wang", "Wang lambda", "0.2", "risk aversion of the Wang transform"),
                text("confidence", "Confidence", "0.99", "of VaR and TVaR")));
    }

    @Override
    Callable<Quote> prepare() {
        int term = Fields.positiveWhole("Term days", input("term"));
        double outages = Fields.positive("Outages per year", input("outages"));
        double meanLost = Fields.positive("Mean GPU-hours lost", input("meanLost"));
        double variation = Fields.positive("Loss variation", input("variation"));
        double replacement = Fields.positive("Replacement price", input("replacement"));
        double tightness = Fields.notNegative("Tightness beta", input("tightness"));
        OutageCover cover = new OutageCover(term,
                Fields.notNegative("Per-event deductible", input("eventDeductible")),
                Fields.limit("Per-event limit", input("eventLimit")),
                Fields.notNegative("Aggregate deductible", input("aggregateDeductible")),
                Fields.limit("Aggregate limit", input("aggregateLimit")));
        RiskLoading loading = RiskLoading.of(Fields.notNegative("SD loading", input("loading")),
                Fields.notNegative("Wang lambda", input("wang")), Fields.fraction("Confidence", input("confidence")));
        OutageRisk risk = new OutageRisk(PoissonFrequency.of(outages), RATE_PERIOD_DAYS,
                LostHoursSeverity.of(meanLost, variation), replacement, tightness, 0.0);
        return () -> {
            OutageCoverMeasures quote = OutageCoverPricer.DEFAULT.measures(cover, risk, loading);
            String tail = "at " + Figures.percent(quote.confidence());
            return Quote.of(List.of(
                    new ResultLine("Expected loss", Figures.amount(quote.expectedLoss()), "CNY, the pure premium"),
                    new ResultLine("Standard deviation", Figures.amount(quote.standardDeviation()), "CNY"),
                    new ResultLine("SD premium", Figures.amount(quote.standardDeviationPremium()), "CNY"),
                    new ResultLine("Wang premium", Figures.amount(quote.wangPremium()), "CNY"),
                    new ResultLine("VaR", Figures.amount(quote.valueAtRisk()), "CNY " + tail),
                    new ResultLine("TVaR", Figures.amount(quote.tailValueAtRisk()), "CNY " + tail)));
        };
    }
}
