package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.pricing.insurance.IndexMarket;
import com.suanli.pricing.insurance.PriceSpikeCover;
import com.suanli.pricing.insurance.PriceSpikeCoverMeasures;
import com.suanli.pricing.insurance.PriceSpikeCoverPricer;
import com.suanli.pricing.model.JumpParameters;
import com.suanli.pricing.model.SpotModel;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A quote for a price-spike cap: daily caplets on the index under the mean-reverting spot model with
 * spikes; Monte Carlo with its standard error beside the exact closed-form strip
 * ({@link PriceSpikeCoverPricer}).
 */
public final class SpikeCapQuote extends Calculator {

    public SpikeCapQuote(TaskExecutor tasks) {
        super("Price-spike cap", null, tasks, List.of(
                text("valuation", "Valuation date", "2026-11-27", "2026-11-27"),
                text("first", "First day", "2026-12-01", "first covered day"),
                text("last", "Last day", "2026-12-31", "last covered day"),
                text("strike", "Cap", "25", "CNY per GPU-hour"),
                text("hours", "GPU-hours per day", "1000", "covered each day"),
                text("index", "Index today", "20", "CNY per GPU-hour"),
                text("median", "Long-run median", "20", "CNY per GPU-hour the index reverts to"),
                text("kappa", "Mean reversion", "8", "per year; spikes halve in ln 2 / kappa years"),
                text("sigma", "Volatility", "0.9", "of the log index, per year"),
                text("spikes", "Spikes per year", "6", "0 for none"),
                text("spikeSize", "Mean spike", "0.3", "in log units: 0.3 is about 35%"),
                text("spikeSd", "Spike SD", "0.1", "in log units"),
                text("rate", "Rate", "0.02", "continuously compounded"),
                text("paths", "Paths", "20000", "Monte Carlo paths"),
                text("seed", "Seed", "7", "for a reproducible quote")));
    }

    @Override
    Callable<Quote> prepare() {
        LocalDate valuation = Fields.date("Valuation date", input("valuation"));
        LocalDate first = Fields.date("First day", input("first"));
        LocalDate last = Fields.date("Last day", input("last"));
        if (last.isBefore(first)) {
            throw new FieldException("Last day", last + " is before the first day " + first);
        }
        PriceSpikeCover cover = PriceSpikeCover.of(first, last, Fields.positive("Cap", input("strike")),
                Fields.positive("GPU-hours per day", input("hours")));
        double index = Fields.positive("Index today", input("index"));
        double median = Fields.positive("Long-run median", input("median"));
        double kappa = Fields.positive("Mean reversion", input("kappa"));
        double sigma = Fields.notNegative("Volatility", input("sigma"));
        double spikes = Fields.notNegative("Spikes per year", input("spikes"));
        double spikeSize = Fields.number("Mean spike", input("spikeSize"));
        double spikeSd = Fields.notNegative("Spike SD", input("spikeSd"));
        double rate = Fields.number("Rate", input("rate"));
        int paths = Fields.positiveWhole("Paths", input("paths"));
        if (paths < 2) {
            throw new FieldException("Paths", "needs at least 2 for a standard error");
        }
        long seed = Fields.whole("Seed", input("seed"));
        // With no seasonality or obsolescence the log index reverts to ln(median).
        SpotModel model = SpotModel.schwartz(valuation, Math.log(median), kappa, sigma)
                .withJumps(new JumpParameters(spikes, spikeSize, spikeSd));
        IndexMarket market = IndexMarket.of(valuation, index, model, rate);
        return () -> {
            PriceSpikeCoverMeasures quote = PriceSpikeCoverPricer.DEFAULT.measures(cover, market, paths, seed);
            return Quote.of(List.of(
                    new ResultLine("Monte Carlo value", Figures.amount(quote.presentValue()), "CNY"),
                    new ResultLine("Standard error", Figures.amount(quote.standardError()), "CNY"),
                    new ResultLine("Closed-form strip", Figures.amount(quote.stripValue()), "CNY, exact under the model"),
                    new ResultLine("Covered days", String.valueOf(cover.days()), "caplets")));
        };
    }
}
