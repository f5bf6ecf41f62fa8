package com.suanli.pricing.risk;

import com.suanli.pricing.basics.Underlying;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Greeks by bump and revalue with central differences, so they mean the same for every product
 * whatever its pricer. Valuations are functions of the market ({@code portfolio::presentValue},
 * {@code position::presentValue}); bumps run in parallel and land in bucket order.
 */
public final class Sensitivities {

    /** Forward bump, CNY per unit: small against compute prices of 1 to 30 CNY an hour. */
    public static final double FORWARD_BUMP = 0.01;
    /** Volatility bump: one vol point. */
    public static final double VOL_BUMP = 0.01;

    private Sensitivities() {
    }

    /** Measures with every curve and every volatility bumped together. */
    public static Greeks greeks(ToDoubleFunction<Market> valuation, Market market) {
        double base = valuation.applyAsDouble(market);
        double[] curve = deltaGamma(valuation, market, base, CurveSelection.ALL);
        double vega = vega(valuation, market, CurveSelection.ALL);
        double theta = valuation.applyAsDouble(market.rolledTo(market.valuationDate().plusDays(1))) - base;
        return new Greeks(base, curve[0], curve[1], vega, theta);
    }

    /** Parallel risk of each curve, in market order. */
    public static List<CurveRisk> byCurve(ToDoubleFunction<Market> valuation, Market market) {
        double base = valuation.applyAsDouble(market);
        List<Underlying> curves = market.curves();
        return IntStream.range(0, curves.size()).parallel().mapToObj(c -> {
            CurveSelection where = CurveSelection.curve(curves.get(c));
            double[] dg = deltaGamma(valuation, market, base, where);
            return new CurveRisk(curves.get(c), dg[0], dg[1], vega(valuation, market, where));
        }).toList();
    }

    /** Risk of each delivery month of each curve moved alone, in market order. */
    public static List<BucketRisk> byBucket(ToDoubleFunction<Market> valuation, Market market) {
        double base = valuation.applyAsDouble(market);
        List<Bucket> buckets = market.buckets();
        return IntStream.range(0, buckets.size()).parallel().mapToObj(b -> {
            CurveSelection where = CurveSelection.bucket(buckets.get(b));
            double[] dg = deltaGamma(valuation, market, base, where);
            return new BucketRisk(buckets.get(b), dg[0], dg[1], vega(valuation, market, where));
        }).toList();
    }

    private static double[] deltaGamma(ToDoubleFunction<Market> valuation, Market market, double base,
                                       CurveSelection where) {
        double up = valuation.applyAsDouble(market.shocked(new Shock.CurveShift(where, ShiftKind.ABSOLUTE, FORWARD_BUMP)));
        double down = valuation.applyAsDouble(market.shocked(new Shock.CurveShift(where, ShiftKind.ABSOLUTE, -FORWARD_BUMP)));
        return new double[] {
            (up - down) / (2 * FORWARD_BUMP),
            (up - 2 * base + down) / (FORWARD_BUMP * FORWARD_BUMP)
        };
    }

    private static double vega(ToDoubleFunction<Market> valuation, Market market, CurveSelection where) {
        double up = valuation.applyAsDouble(market.shocked(new Shock.VolShift(where, ShiftKind.ABSOLUTE, VOL_BUMP)));
        double down = valuation.applyAsDouble(market.shocked(new Shock.VolShift(where, ShiftKind.ABSOLUTE, -VOL_BUMP)));
        return (up - down) / (2 * VOL_BUMP);
    }
}
