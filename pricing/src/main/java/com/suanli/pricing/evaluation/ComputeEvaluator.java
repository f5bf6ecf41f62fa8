package com.suanli.pricing.evaluation;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import com.suanli.exchange.listing.ComputeProduct;

/**
 * Converts positions and prices between products through a standard compute unit, measures
 * the basis between price and rating ratios, and estimates hedge ratios between chips.
 */
public final class ComputeEvaluator {

    public static final ComputeEvaluator DEFAULT = new ComputeEvaluator();

    private static final int MIN_PRICES = 3;

    private ComputeEvaluator() {
    }

    /** Standard units held by {@code hours} of {@code product}. */
    public double standardUnits(double hours, ComputeProduct product, StandardComputeUnit unit) {
        return hours * unit.unitsPerHour(product);
    }

    /** Hours of {@code to} worth as many standard units as {@code hours} of {@code from}. */
    public double convertPosition(double hours, ComputeProduct from, ComputeProduct to, StandardComputeUnit unit) {
        return hours * unit.unitsPerHour(from) / unit.unitsPerHour(to);
    }

    /** Price per hour of {@code to} equivalent, by ratings, to {@code pricePerHour} of {@code from}. */
    public double convertPrice(double pricePerHour, ComputeProduct from, ComputeProduct to, StandardComputeUnit unit) {
        return pricePerHour * unit.unitsPerHour(to) / unit.unitsPerHour(from);
    }

    /** Price per standard unit of a product priced {@code pricePerHour}. */
    public double pricePerUnit(double pricePerHour, ComputeProduct product, StandardComputeUnit unit) {
        return pricePerHour / unit.unitsPerHour(product);
    }

    /** The basis of {@code first} against {@code second} at the observed hourly prices. */
    public RatingBasis basis(ComputeProduct first, double firstPrice, ComputeProduct second, double secondPrice,
            StandardComputeUnit unit) {
        if (!(firstPrice > 0) || !(secondPrice > 0)) {
            throw new IllegalArgumentException("price: both prices must be positive, were " + firstPrice
                    + " and " + secondPrice);
        }
        return RatingBasis.of(unit.unitsPerHour(first) / unit.unitsPerHour(second), firstPrice / secondPrice);
    }

    /**
     * Hedge ratio of an exposure to {@code exposure} hedged with {@code hedge}, from two price
     * histories on the same days: the minimum-variance ratio is the slope of the regression of
     * the exposure's daily price changes on the hedge's (Commons Math {@link SimpleRegression}).
     */
    public HedgeRatio hedgeRatio(ComputeProduct exposure, double[] exposurePrices, ComputeProduct hedge,
            double[] hedgePrices, StandardComputeUnit unit) {
        if (exposurePrices.length != hedgePrices.length) {
            throw new IllegalArgumentException("prices: histories must cover the same days, have "
                    + exposurePrices.length + " and " + hedgePrices.length + " prices");
        }
        if (exposurePrices.length < MIN_PRICES) {
            throw new IllegalArgumentException("prices: need at least " + MIN_PRICES + " days, have "
                    + exposurePrices.length);
        }
        SimpleRegression regression = new SimpleRegression(true);
        for (int day = 1; day < exposurePrices.length; day++) {
            regression.addData(hedgePrices[day] - hedgePrices[day - 1], exposurePrices[day] - exposurePrices[day - 1]);
        }
        double slope = regression.getSlope();
        if (Double.isNaN(slope)) {
            throw new IllegalArgumentException("prices: the hedge chip's price never changes; no hedge ratio");
        }
        return new HedgeRatio(slope, regression.getSlopeStdErr(),
                unit.unitsPerHour(exposure) / unit.unitsPerHour(hedge), regression.getR(),
                regression.getRSquare(), regression.getN());
    }
}
