package com.suanli.pricing.market;

import com.suanli.pricing.basics.YearFraction;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Volatility smiles by expiry for one underlying. At a quoted expiry the smile answers.
 * Between two expiries, total variance sigma^2 T at the same strike is interpolated linearly
 * in time (calendar-day ACT/365F); before the first or after the last expiry the nearest
 * smile's volatility is used (flat extrapolation in time).
 */
public record VolSurface(NavigableMap<LocalDate, VolSmile> smiles) {

    public VolSurface {
        Objects.requireNonNull(smiles, "smiles: must not be null");
        if (smiles.isEmpty()) {
            throw new IllegalArgumentException("smiles: need at least one expiry");
        }
        for (Map.Entry<LocalDate, VolSmile> e : smiles.entrySet()) {
            if (e.getValue() == null || !e.getKey().equals(e.getValue().expiry())) {
                throw new IllegalArgumentException("smiles: the smile keyed " + e.getKey()
                        + " must exist and carry that expiry");
            }
        }
        smiles = Collections.unmodifiableNavigableMap(new TreeMap<>(smiles));
    }

    /** A surface of one smile. */
    public static VolSurface of(VolSmile... smiles) {
        NavigableMap<LocalDate, VolSmile> map = new TreeMap<>();
        for (VolSmile smile : smiles) {
            map.put(smile.expiry(), smile);
        }
        return new VolSurface(map);
    }

    /** The same volatility at every expiry and strike. */
    public static VolSurface flat(LocalDate expiry, double vol) {
        return of(VolSmile.flat(expiry, vol));
    }

    /** Black volatility for an option expiring on {@code expiry} at {@code strike}, seen from {@code valuationDate}. */
    public double vol(LocalDate valuationDate, LocalDate expiry, double strike) {
        VolSmile exact = smiles.get(expiry);
        if (exact != null) {
            return exact.vol(strike);
        }
        Map.Entry<LocalDate, VolSmile> before = smiles.lowerEntry(expiry);
        Map.Entry<LocalDate, VolSmile> after = smiles.higherEntry(expiry);
        if (before == null) {
            return after.getValue().vol(strike);
        }
        if (after == null) {
            return before.getValue().vol(strike);
        }
        double t = YearFraction.between(valuationDate, expiry);
        double t0 = YearFraction.between(valuationDate, before.getKey());
        double t1 = YearFraction.between(valuationDate, after.getKey());
        if (t <= 0.0 || t0 <= 0.0) {
            return after.getValue().vol(strike);
        }
        double v0 = before.getValue().vol(strike);
        double v1 = after.getValue().vol(strike);
        double w = (t - t0) / (t1 - t0);
        double totalVariance = (1 - w) * v0 * v0 * t0 + w * v1 * v1 * t1;
        return Math.sqrt(totalVariance / t);
    }

    /** Every smile moved by an absolute {@code shift}. */
    public VolSurface withShift(double shift) {
        return map(smile -> smile.withShift(shift));
    }

    /** Every smile scaled by {@code factor}. */
    public VolSurface withScale(double factor) {
        return map(smile -> smile.withScale(factor));
    }

    private VolSurface map(UnaryOperator<VolSmile> change) {
        NavigableMap<LocalDate, VolSmile> changed = new TreeMap<>();
        smiles.forEach((expiry, smile) -> changed.put(expiry, change.apply(smile)));
        return new VolSurface(changed);
    }
}
