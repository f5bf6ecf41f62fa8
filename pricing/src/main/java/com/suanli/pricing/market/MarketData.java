package com.suanli.pricing.market;

import com.suanli.pricing.basics.InputRefused;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.curve.ForwardCurve;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Everything a pricer reads on one valuation date: a flat continuously compounded discount
 * rate (ACT/365F), and per underlying a forward curve, a volatility surface and the index
 * fixings published so far. Missing data fails with the field and the underlying named.
 */
public record MarketData(
        LocalDate valuationDate,
        double rate,
        Map<Underlying, ForwardCurve> curves,
        Map<Underlying, VolSurface> volSurfaces,
        Map<Underlying, IndexFixings> fixings) {

    public MarketData {
        Objects.requireNonNull(valuationDate, "valuationDate: must not be null");
        if (!Double.isFinite(rate)) {
            throw new IllegalArgumentException("rate: must be finite, was " + rate);
        }
        curves = Map.copyOf(Objects.requireNonNull(curves, "curves: must not be null"));
        volSurfaces = Map.copyOf(Objects.requireNonNull(volSurfaces, "volSurfaces: must not be null"));
        fixings = Map.copyOf(Objects.requireNonNull(fixings, "fixings: must not be null"));
    }

    /** Market data with curves only (no vols, no fixings). */
    public static MarketData of(LocalDate valuationDate, double rate, Map<Underlying, ForwardCurve> curves) {
        return new MarketData(valuationDate, rate, curves, Map.of(), Map.of());
    }

    public ForwardCurve curve(Underlying underlying) {
        ForwardCurve curve = curves.get(underlying);
        if (curve == null) {
            throw new InputRefused("curves", InputRefused.Rule.NO_CURVE, "curves: no forward curve for " + underlying,
                    underlying);
        }
        return curve;
    }

    public VolSurface volSurface(Underlying underlying) {
        VolSurface surface = volSurfaces.get(underlying);
        if (surface == null) {
            throw new InputRefused("volSurfaces", InputRefused.Rule.NO_VOLATILITY_SURFACE,
                    "volSurfaces: no volatility surface for " + underlying, underlying);
        }
        return surface;
    }

    /** Fixings for {@code underlying}; none published is an empty history, not an error. */
    public IndexFixings fixings(Underlying underlying) {
        return fixings.getOrDefault(underlying, IndexFixings.NONE);
    }

    /** Black volatility for {@code underlying} at an expiry and strike. */
    public double vol(Underlying underlying, LocalDate expiry, double strike) {
        return volSurface(underlying).vol(valuationDate, expiry, strike);
    }

    /** Discount factor from the valuation date to {@code paymentDate}; 1 for past dates. */
    public double discountFactor(LocalDate paymentDate) {
        double t = YearFraction.between(valuationDate, paymentDate);
        return t <= 0.0 ? 1.0 : Math.exp(-rate * t);
    }

    /** Year fraction from the valuation date to {@code date}. */
    public double timeTo(LocalDate date) {
        return YearFraction.between(valuationDate, date);
    }

    public MarketData withCurve(Underlying underlying, ForwardCurve curve) {
        Map<Underlying, ForwardCurve> copy = new HashMap<>(curves);
        copy.put(underlying, curve);
        return new MarketData(valuationDate, rate, copy, volSurfaces, fixings);
    }

    public MarketData withVolSurface(Underlying underlying, VolSurface surface) {
        Map<Underlying, VolSurface> copy = new HashMap<>(volSurfaces);
        copy.put(underlying, surface);
        return new MarketData(valuationDate, rate, curves, copy, fixings);
    }

    public MarketData withFixings(Underlying underlying, IndexFixings history) {
        Map<Underlying, IndexFixings> copy = new HashMap<>(fixings);
        copy.put(underlying, history);
        return new MarketData(valuationDate, rate, curves, volSurfaces, copy);
    }

    /** Every curve replaced by {@code change(underlying, curve)}: the shape of a scenario (shift, tilt, hub spread). */
    public MarketData mapCurves(BiFunction<Underlying, ForwardCurve, ForwardCurve> change) {
        Map<Underlying, ForwardCurve> copy = new HashMap<>();
        curves.forEach((underlying, curve) -> copy.put(underlying, change.apply(underlying, curve)));
        return new MarketData(valuationDate, rate, copy, volSurfaces, fixings);
    }

    /** Every volatility surface replaced by {@code change(underlying, surface)}. */
    public MarketData mapVolSurfaces(BiFunction<Underlying, VolSurface, VolSurface> change) {
        Map<Underlying, VolSurface> copy = new HashMap<>();
        volSurfaces.forEach((underlying, surface) -> copy.put(underlying, change.apply(underlying, surface)));
        return new MarketData(valuationDate, rate, curves, copy, fixings);
    }

    public MarketData withValuationDate(LocalDate newValuationDate) {
        return new MarketData(newValuationDate, rate, curves, volSurfaces, fixings);
    }

    public MarketData withRate(double newRate) {
        return new MarketData(valuationDate, newRate, curves, volSurfaces, fixings);
    }
}
