package com.suanli.pricing.curve;

import com.suanli.pricing.basics.InputRefused;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Daily forward prices for one underlying, from the first day of the first quoted month to
 * the last day of the last quoted month: price(day) = seasonal shape(day) + smooth spline at
 * the day's midpoint. Every quoted month's average of daily prices equals its quote to
 * round-off (tests hold it to 1e-9). Immutable; bumps and shifts return new curves rebuilt
 * from the changed quotes.
 *
 * <p>Build with {@link #of(NavigableMap)} or {@link #of(NavigableMap, SeasonalShape)}.
 */
public final class ForwardCurve {

    private final NavigableMap<YearMonth, Double> quotes;
    private final SeasonalShape shape;
    private final LocalDate firstDate;
    private final double[] dailyPrices;
    private final MonthlyAverageSpline spline;
    private final MonthlyAverageSpline.Layout layout;

    private ForwardCurve(NavigableMap<YearMonth, Double> quotes, SeasonalShape shape, MonthlyAverageSpline.Layout reusable) {
        this.quotes = quotes;
        this.shape = shape;
        YearMonth first = quotes.firstKey();
        YearMonth last = quotes.lastKey();
        this.firstDate = first.atDay(1);
        this.layout = reusable != null && reusable.fits(quotes.keySet())
                ? reusable
                : new MonthlyAverageSpline.Layout(first, last, quotes.navigableKeySet());
        boolean flat = shape instanceof FlatShape;
        NavigableMap<YearMonth, Double> splineTargets = new TreeMap<>();
        for (Map.Entry<YearMonth, Double> quote : quotes.entrySet()) {
            splineTargets.put(quote.getKey(), quote.getValue() - (flat ? 0.0 : averageShape(shape, quote.getKey())));
        }
        this.spline = layout.fit(splineTargets);
        this.dailyPrices = spline.dailyMidpointValues();
        if (!flat) {
            for (int d = 0; d < dailyPrices.length; d++) {
                dailyPrices[d] += shape.adjustment(firstDate.plusDays(d));
            }
        }
    }

    private ForwardCurve(ForwardCurve base, double shift) {
        TreeMap<YearMonth, Double> shifted = new TreeMap<>();
        base.quotes.forEach((month, price) -> shifted.put(month, price + shift));
        for (Map.Entry<YearMonth, Double> quote : shifted.entrySet()) {
            if (!(quote.getValue() > 0.0)) {
                throw new IllegalArgumentException("shift: " + shift + " takes the quote for " + quote.getKey()
                        + " to " + quote.getValue() + ", not positive");
            }
        }
        this.quotes = Collections.unmodifiableNavigableMap(shifted);
        this.shape = base.shape;
        this.firstDate = base.firstDate;
        this.layout = base.layout;
        this.spline = base.spline.shifted(shift);
        this.dailyPrices = base.dailyPrices.clone();
        for (int d = 0; d < dailyPrices.length; d++) {
            dailyPrices[d] += shift;
        }
    }

    /** A curve through monthly average quotes with no seasonal shape. */
    public static ForwardCurve of(NavigableMap<YearMonth, Double> monthlyQuotes) {
        return of(monthlyQuotes, SeasonalShape.flat());
    }

    /** A curve through monthly average quotes with a seasonal shape. */
    public static ForwardCurve of(NavigableMap<YearMonth, Double> monthlyQuotes, SeasonalShape shape) {
        return of(monthlyQuotes, shape, null);
    }

    private static ForwardCurve of(NavigableMap<YearMonth, Double> monthlyQuotes, SeasonalShape shape,
            MonthlyAverageSpline.Layout reusable) {
        Objects.requireNonNull(monthlyQuotes, "monthlyQuotes: must not be null");
        Objects.requireNonNull(shape, "shape: must not be null");
        if (monthlyQuotes.isEmpty()) {
            throw new IllegalArgumentException("monthlyQuotes: need at least one month");
        }
        TreeMap<YearMonth, Double> copy = new TreeMap<>();
        for (Map.Entry<YearMonth, Double> quote : monthlyQuotes.entrySet()) {
            Double price = quote.getValue();
            if (quote.getKey() == null || price == null || !(price > 0.0) || Double.isInfinite(price)) {
                throw new IllegalArgumentException("monthlyQuotes: price for " + quote.getKey()
                        + " must be positive and finite, was " + price);
            }
            copy.put(quote.getKey(), price);
        }
        return new ForwardCurve(Collections.unmodifiableNavigableMap(copy), shape, reusable);
    }

    /** The monthly quotes this curve was built from. */
    public NavigableMap<YearMonth, Double> quotes() {
        return quotes;
    }

    public SeasonalShape shape() {
        return shape;
    }

    public LocalDate firstDate() {
        return firstDate;
    }

    public LocalDate lastDate() {
        return firstDate.plusDays(dailyPrices.length - 1L);
    }

    /** True when {@code date} lies on the curve. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDate) && !date.isAfter(lastDate());
    }

    /** Forward price for delivery on {@code date}. */
    public double priceOn(LocalDate date) {
        return dailyPrices[index(date)];
    }

    /** Average daily forward price over a calendar month inside the curve. */
    public double monthlyAverage(YearMonth month) {
        return averageOver(month.atDay(1), month.atEndOfMonth());
    }

    /** Average daily forward price from {@code from} to {@code to}, both inclusive. */
    public double averageOver(LocalDate from, LocalDate to) {
        int a = index(from);
        int b = index(to);
        if (b < a) {
            throw new IllegalArgumentException("to: " + to + " is before from " + from);
        }
        double sum = 0.0;
        for (int d = a; d <= b; d++) {
            sum += dailyPrices[d];
        }
        return sum / (b - a + 1);
    }

    /** Daily prices from {@code from} for {@code days} days, into a new array. */
    public double[] dailyPrices(LocalDate from, int days) {
        int a = index(from);
        index(from.plusDays(days - 1L));
        return Arrays.copyOfRange(dailyPrices, a, a + days);
    }

    /**
     * The smooth part of the curve (no seasonal shape) in continuous time, {@code day} days
     * after the first date; for plots and smoothness checks.
     */
    public double smoothValue(double day) {
        return spline.value(day);
    }

    /** Slope of the smooth part, price per day, at {@code day} days after the first date. */
    public double smoothSlope(double day) {
        return spline.slope(day);
    }

    /**
     * Largest jump in slope across the month boundaries of the smooth part (price per day):
     * zero up to round-off, since the spline is continuously differentiable.
     */
    public double maxSlopeJumpAtMonthStarts() {
        double worst = 0.0;
        for (int j = 1; j < spline.months(); j++) {
            worst = Math.max(worst, Math.abs(spline.slopeLeftOfKnot(j) - spline.slopeRightOfKnot(j)));
        }
        return worst;
    }

    /** Bucket bump: one month's quote moved by {@code bump}, curve rebuilt. */
    public ForwardCurve withBumpedMonth(YearMonth month, double bump) {
        if (!quotes.containsKey(month)) {
            throw new IllegalArgumentException("month: " + month + " has no quote on this curve (quoted "
                    + quotes.firstKey() + " to " + quotes.lastKey() + ")");
        }
        TreeMap<YearMonth, Double> bumped = new TreeMap<>(quotes);
        bumped.put(month, quotes.get(month) + bump);
        return of(bumped, shape, layout);
    }

    /**
     * Every quote moved by {@code shift}. A constant added to the smoothest curve is the
     * smoothest curve through the shifted averages (same curvature, same constraints met),
     * so the daily prices move by exactly the shift without refitting.
     */
    public ForwardCurve withParallelShift(double shift) {
        if (!Double.isFinite(shift)) {
            throw new IllegalArgumentException("shift: must be finite, was " + shift);
        }
        return new ForwardCurve(this, shift);
    }

    /** Every quote scaled by {@code factor} (a relative shift of factor - 1), curve rebuilt. */
    public ForwardCurve withScaledQuotes(double factor) {
        TreeMap<YearMonth, Double> scaled = new TreeMap<>();
        quotes.forEach((month, price) -> scaled.put(month, price * factor));
        return of(scaled, shape, layout);
    }

    /**
     * The same shape through new quotes. Quotes on the same months reuse this curve's
     * factorised spline system, so scenario revaluation costs a back-substitution.
     */
    public ForwardCurve withQuotes(NavigableMap<YearMonth, Double> newQuotes) {
        return of(newQuotes, shape, layout);
    }

    private int index(LocalDate date) {
        Objects.requireNonNull(date, "date: must not be null");
        long d = ChronoUnit.DAYS.between(firstDate, date);
        if (d < 0 || d >= dailyPrices.length) {
            throw new InputRefused("date", InputRefused.Rule.OUTSIDE_CURVE, "date: " + date
                    + " is outside the curve (" + firstDate + " to " + lastDate() + ")", date, firstDate, lastDate());
        }
        return (int) d;
    }

    private static double averageShape(SeasonalShape shape, YearMonth month) {
        double sum = 0.0;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            sum += shape.adjustment(month.atDay(d));
        }
        return sum / month.lengthOfMonth();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForwardCurve that && quotes.equals(that.quotes) && shape.equals(that.shape);
    }

    @Override
    public int hashCode() {
        return Objects.hash(quotes, shape);
    }

    @Override
    public String toString() {
        return "ForwardCurve[" + quotes.firstKey() + ".." + quotes.lastKey() + ", " + quotes.size() + " quotes, "
                + shape + "]";
    }
}
