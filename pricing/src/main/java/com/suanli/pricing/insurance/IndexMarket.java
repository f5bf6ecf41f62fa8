package com.suanli.pricing.insurance;

import java.time.LocalDate;
import java.util.Objects;

import com.suanli.pricing.model.SpotModel;

/**
 * The daily index a spike cover is written on, as of {@code valuationDate}: today's level,
 * the calibrated spot model, a flat continuously compounded discount rate and the market
 * price of risk that lowers the model's long-run mean for pricing (Schwartz 1997).
 */
public record IndexMarket(LocalDate valuationDate, double indexLevel, SpotModel model, double rate,
        double marketPriceOfRisk) {

    public IndexMarket {
        Objects.requireNonNull(valuationDate, "valuationDate: must not be null");
        Objects.requireNonNull(model, "model: must not be null");
        if (!(indexLevel > 0) || Double.isInfinite(indexLevel)) {
            throw new IllegalArgumentException("indexLevel: must be positive and finite, was " + indexLevel);
        }
        if (!Double.isFinite(rate)) {
            throw new IllegalArgumentException("rate: must be finite, was " + rate);
        }
        if (!Double.isFinite(marketPriceOfRisk)) {
            throw new IllegalArgumentException("marketPriceOfRisk: must be finite, was " + marketPriceOfRisk);
        }
    }

    public static IndexMarket of(LocalDate valuationDate, double indexLevel, SpotModel model, double rate) {
        return new IndexMarket(valuationDate, indexLevel, model, rate, 0.0);
    }

    public IndexMarket withIndexLevel(double level) {
        return new IndexMarket(valuationDate, level, model, rate, marketPriceOfRisk);
    }

    public IndexMarket withModel(SpotModel newModel) {
        return new IndexMarket(valuationDate, indexLevel, newModel, rate, marketPriceOfRisk);
    }

    /** The model under which the cover is priced: long-run mean lowered by lambda sigma / kappa. */
    SpotModel pricingModel() {
        if (marketPriceOfRisk == 0.0) {
            return model;
        }
        return new SpotModel(model.origin(), model.longRunMean() - marketPriceOfRisk * model.sigma() / model.kappa(),
                model.kappa(), model.sigma(), model.obsolescenceRate(), model.seasonalCos(), model.seasonalSin(),
                model.jumps());
    }
}
