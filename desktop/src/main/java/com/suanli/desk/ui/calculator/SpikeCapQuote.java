package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.insurance.IndexMarket;
import com.suanli.pricing.insurance.PriceSpikeCover;
import com.suanli.pricing.insurance.PriceSpikeCoverMeasures;
import com.suanli.pricing.insurance.PriceSpikeCoverPricer;
import com.suanli.pricing.model.JumpParameters;
import com.suanli.pricing.model.SpotModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A quote for a price-spike cap: daily caplets on the index under the mean-reverting spot model with
 * spikes; Monte Carlo with its standard error beside the exact closed-form strip
 * ({@link PriceSpikeCoverPricer}). Bought, it is the exchange's cap on the index's fixings of its days, at the
 * closed-form strip (exact under the model) as the premium, paying up to its limit.
 */
public final class SpikeCapQuote extends CoverCalculator {

    public SpikeCapQuote(TaskExecutor tasks) {
        super(Texts.get("calc.spike.price-spike-cap"), tasks, List.of(
                text("valuation", Texts.get("calc.spike.valuation-date"), "2026-11-27", "2026-11-27"),
                text("first", Texts.get("calc.spike.first-day"), "2026-12-01",
                        Texts.get("calc.spike.first-covered-day")),
                text("last", Texts.get("calc.spike.last-day"), "2026-12-31", Texts.get("calc.spike.last-covered-day")),
                text("strike", Texts.get("calc.spike.cap"), "25", Texts.get("calc.spike.cny-per-gpu-hour")),
                text("hours", Texts.get("calc.spike.gpu-hours-per-day"), "1000",
                        Texts.get("calc.spike.covered-each-day")),
                text("index", Texts.get("calc.spike.index-today"), "20", Texts.get("calc.spike.cny-per-gpu-hour")),
                text("median", Texts.get("calc.spike.long-run-median"), "20",
                        Texts.get("calc.spike.cny-per-gpu-hour-the-index-reverts-to")),
                text("kappa", Texts.get("calc.spike.mean-reversion"), "8",
                        Texts.get("calc.spike.per-year-spikes-halve-in-ln-2-kappa-year")),
                text("sigma", Texts.get("calc.spike.volatility"), "0.9",
                        Texts.get("calc.spike.of-the-log-index-per-year")),
                text("spikes", Texts.get("calc.spike.spikes-per-year"), "6", Texts.get("calc.spike.0-for-none")),
                text("spikeSize", Texts.get("calc.spike.mean-spike"), "0.3",
                        Texts.get("calc.spike.in-log-units-0-3-is-about-35")),
                text("spikeSd", Texts.get("calc.spike.spike-sd"), "0.1", Texts.get("calc.spike.in-log-units")),
                text("rate", Texts.get("calc.spike.rate"), "0.02", Texts.get("calc.spike.continuously-compounded")),
                text("paths", Texts.get("calc.spike.paths"), "20000", Texts.get("calc.spike.monte-carlo-paths")),
                text("seed", Texts.get("calc.spike.seed"), "7", Texts.get("calc.spike.for-a-reproducible-quote")),
                text("limit", Texts.get("calc.cover.limit"), "200000", Texts.get("calc.cover.limit-hint"))));
    }

    @Override
    CoverOrder order() {
        CoveredDays days = coveredDays();
        BigDecimal strike = BigDecimal.valueOf(Fields.positive(Texts.get("calc.spike.cap"), input("strike")));
        long hours = units(Texts.get("calc.spike.gpu-hours-per-day"), input("hours"));
        return CoverOrder.cap(productCode(), hub(), days.first(), days.last(), hours, strike,
                fen(Texts.get("calc.cover.limit"), input("limit")));
    }

    @Override
    Callable<Quote> prepare() {
        LocalDate valuation = Fields.date(Texts.get("calc.spike.valuation-date"), input("valuation"));
        CoveredDays days = coveredDays();
        PriceSpikeCover cover = PriceSpikeCover.of(days.first(), days.last(),
                Fields.positive(Texts.get("calc.spike.cap"), input("strike")),
                Fields.positive(Texts.get("calc.spike.gpu-hours-per-day"), input("hours")));
        double index = Fields.positive(Texts.get("calc.spike.index-today"), input("index"));
        double median = Fields.positive(Texts.get("calc.spike.long-run-median"), input("median"));
        double kappa = Fields.positive(Texts.get("calc.spike.mean-reversion"), input("kappa"));
        double sigma = Fields.notNegative(Texts.get("calc.spike.volatility"), input("sigma"));
        double spikes = Fields.notNegative(Texts.get("calc.spike.spikes-per-year"), input("spikes"));
        double spikeSize = Fields.number(Texts.get("calc.spike.mean-spike"), input("spikeSize"));
        double spikeSd = Fields.notNegative(Texts.get("calc.spike.spike-sd"), input("spikeSd"));
        double rate = Fields.number(Texts.get("calc.spike.rate"), input("rate"));
        int paths = Fields.positiveWhole(Texts.get("calc.spike.paths"), input("paths"));
        if (paths < 2) {
            throw new FieldException(Texts.get("calc.spike.paths"), Texts.get("calc.spike.two-paths"));
        }
        long seed = Fields.whole(Texts.get("calc.spike.seed"), input("seed"));
        // With no seasonality or obsolescence the log index reverts to ln(median).
        SpotModel model = SpotModel.schwartz(valuation, Math.log(median), kappa, sigma)
                .withJumps(new JumpParameters(spikes, spikeSize, spikeSd));
        IndexMarket market = IndexMarket.of(valuation, index, model, rate);
        return () -> {
            PriceSpikeCoverMeasures quote = PriceSpikeCoverPricer.DEFAULT.measures(cover, market, paths, seed);
            return Quote.cover(List.of(
                    new ResultLine(Texts.get("calc.spike.monte-carlo-value"), Figures.amount(quote.presentValue()),
                            Texts.get("calc.spike.cny")),
                    new ResultLine(Texts.get("calc.spike.standard-error"), Figures.amount(quote.standardError()),
                            Texts.get("calc.spike.cny")),
                    new ResultLine(Texts.get("calc.spike.closed-form-strip"), Figures.amount(quote.stripValue()),
                            Texts.get("calc.spike.cny-exact-under-the-model")),
                    new ResultLine(Texts.get("calc.spike.covered-days"), String.valueOf(cover.days()),
                            Texts.get("calc.spike.caplets"))), quote.stripValue());
        };
    }

    private record CoveredDays(LocalDate first, LocalDate last) {
    }

    /** The first and last covered days, the last not before the first. */
    private CoveredDays coveredDays() {
        LocalDate first = Fields.date(Texts.get("calc.spike.first-day"), input("first"));
        LocalDate last = Fields.date(Texts.get("calc.spike.last-day"), input("last"));
        if (last.isBefore(first)) {
            throw new FieldException(Texts.get("calc.spike.last-day"), Texts.format("calc.spike.last-before-first",
                    last.toString(), first.toString()));
        }
        return new CoveredDays(first, last);
    }
}
