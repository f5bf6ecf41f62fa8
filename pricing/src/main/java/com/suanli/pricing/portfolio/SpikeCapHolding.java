package com.suanli.pricing.portfolio;

import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.insurance.IndexMarket;
import com.suanli.pricing.insurance.PriceSpikeCover;
import com.suanli.pricing.insurance.PriceSpikeCoverPricer;
import com.suanli.pricing.model.SpotModel;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.Position;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A price-spike cover (a cap on the daily index) held (positive quantity) or written, valued as
 * the pricer's strip of caplets under the spot model (exact, jumps included). Scenarios reach
 * it through the curve it is written on: the index level moves with the forward shocks of the
 * month the remaining cover starts in, the model's volatility with that month's volatility
 * shocks (the long-run mean and the jumps stay). Days already past are settled cash, outside
 * the value.
 */
public record SpikeCapHolding(String id, Underlying index, PriceSpikeCover cover, SpotModel model, double indexLevel,
                              double marketPriceOfRisk, double quantity) implements Position {

    public SpikeCapHolding {
        Positions.requireId(id);
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(model, "model");
        Positions.requirePositive(indexLevel, "indexLevel");
        Positions.requireFinite(marketPriceOfRisk, "marketPriceOfRisk");
        Positions.requireFinite(quantity, "quantity");
    }

    @Override
    public double presentValue(Market market) {
        LocalDate today = market.valuationDate();
        if (cover.lastDay().isBefore(today)) {
            return 0.0;
        }
        PriceSpikeCover remaining = cover.firstDay().isBefore(today)
                ? PriceSpikeCover.of(today, cover.lastDay(), cover.strike(), cover.hoursPerDay()) : cover;
        YearMonth month = YearMonth.from(remaining.firstDay());
        double level = market.shockedLikeForward(index, month, indexLevel);
        double sigma = market.shockedLikeVolatility(index, month, model.sigma());
        SpotModel shocked = new SpotModel(model.origin(), model.longRunMean(), model.kappa(), sigma,
                model.obsolescenceRate(), model.seasonalCos(), model.seasonalSin(), model.jumps());
        IndexMarket indexMarket = new IndexMarket(today, level, shocked, market.discountRate(), marketPriceOfRisk);
        return quantity * PriceSpikeCoverPricer.DEFAULT.strip(remaining, indexMarket);
    }
}
