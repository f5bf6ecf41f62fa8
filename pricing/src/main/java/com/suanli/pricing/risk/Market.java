package com.suanli.pricing.risk;

import com.suanli.pricing.basics.InputRefused;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.market.VolSurface;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntToDoubleFunction;

/**
 * What a position is valued against: a {@link MarketSnapshot} seen through accumulated shocks.
 * Each curve bucket (curve x delivery month) carries an affine map {@code F -> m F + a}, and each
 * volatility bucket another; shocking composes the maps, so a view is cheap to make (a few
 * arrays the size of the bucket grid) and lookups are array reads. Immutable and thread-safe.
 */
public final class Market {

    /** Volatility never shocks below this, so option pricers always see a positive vol. */
    public static final double VOLATILITY_FLOOR = 1e-4;

    private final MarketSnapshot base;
    private final Grid grid;
    private final LocalDate valuationDate;
    private final double[] forwards;
    private final double[] forwardMultipliers;
    private final double[] forwardAddends;
    private final double[] volMultipliers;
    private final double[] volAddends;
    private final double carbonPrice;
    private final Map<String, Double> outageRates;
    private final Map<String, Double> fxRates;

    private Market(MarketSnapshot base, Grid grid, LocalDate valuationDate, double[] forwardMultipliers,
                   double[] forwardAddends, double[] volMultipliers, double[] volAddends, double carbonPrice,
                   Map<String, Double> outageRates, Map<String, Double> fxRates) {
        this.base = base;
        this.grid = grid;
        this.valuationDate = Objects.requireNonNull(valuationDate, "valuationDate");
        this.forwardMultipliers = forwardMultipliers;
        this.forwardAddends = forwardAddends;
        this.volMultipliers = volMultipliers;
        this.volAddends = volAddends;
        this.carbonPrice = carbonPrice;
        this.outageRates = outageRates;
        this.fxRates = fxRates;
        this.forwards = new double[grid.baseForwards.length];
        for (int i = 0; i < forwards.length; i++) {
            forwards[i] = grid.baseForwards[i] * forwardMultipliers[i] + forwardAddends[i];
        }
    }

    /** The unshocked market of a snapshot. */
    public static Market of(MarketSnapshot snapshot) {
        Grid grid = new Grid(snapshot.data());
        int n = grid.baseForwards.length;
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return new Market(snapshot, grid, snapshot.data().valuationDate(), ones, new double[n], ones.clone(),
                new double[n], snapshot.carbonPrice(), snapshot.outageRates(), snapshot.fxRates());
    }

    public MarketSnapshot snapshot() {
        return base;
    }

    public LocalDate valuationDate() {
        return valuationDate;
    }

    /** Every curve of the market, sorted by name (H100@NX before H100@YRD) so reports are stable. */
    public List<Underlying> curves() {
        return grid.keys;
    }

    /** Every curve bucket, curve by curve in {@link #curves()} order, months ascending. */
    public List<Bucket> buckets() {
        return grid.buckets;
    }

    /** Whether the market quotes this delivery month of this curve. */
    public boolean hasBucket(Bucket bucket) {
        Integer c = grid.curveIndex.get(bucket.curve());
        return c != null && grid.holds(c, bucket.month());
    }

    /** Whether options on this curve can be valued (the curve carries volatilities). */
    public boolean hasVolatility(Underlying curve) {
        return grid.curveIndex.containsKey(curve) && base.data().volSurfaces().containsKey(curve);
    }

    /** The monthly average forward (the futures price) of a delivery month. */
    public double forward(Underlying curve, YearMonth month) {
        int index = grid.index(curve, month);
        return priced(index, forwards[index]);
    }

    /** The forward for delivery on one day; the month's shock applies to every day of it. */
    public double dailyForward(Underlying curve, LocalDate day) {
        int index = grid.index(curve, YearMonth.from(day));
        return priced(index, grid.curves[grid.curve(curve)].priceOn(day) * forwardMultipliers[index]
                + forwardAddends[index]);
    }

    /**
     * A shocked forward of bucket {@code index}, refused where a price is read when a scenario's shocks left it at or
     * below zero (or beyond a double): no compute price is, and the pricers take none.
     */
    private double priced(int index, double forward) {
        if (forward > 0 && forward < Double.POSITIVE_INFINITY) {
            return forward;
        }
        Bucket bucket = grid.buckets.get(index);
        throw new InputRefused("curves", InputRefused.Rule.SHOCKED_FORWARD, "curves: the shocked forward of "
                + bucket.curve() + " for " + bucket.month() + " is " + forward + ": must be positive and finite",
                bucket.curve().toString(), bucket.month().toString(), forward);
    }

    /**
     * A value quoted in the units of a curve bucket (an index level, say) moved by that
     * bucket's forward shocks: how products priced off something other than the curve follow
     * curve scenarios.
     */
    public double shockedLikeForward(Underlying curve, YearMonth month, double value) {
        int index = grid.index(curve, month);
        return value * forwardMultipliers[index] + forwardAddends[index];
    }

    /** A volatility from outside the surfaces (a spot model's, say) moved by a bucket's volatility shocks. */
    public double shockedLikeVolatility(Underlying curve, YearMonth month, double volatility) {
        int index = grid.index(curve, month);
        return Math.max(volatility * volMultipliers[index] + volAddends[index], VOLATILITY_FLOOR);
    }

    /** The forwards for delivery on {@code days} consecutive days from {@code from}, each with its month's shock. */
    public double[] dailyForwards(Underlying curve, LocalDate from, int days) {
        double[] prices = grid.curves[grid.curve(curve)].dailyPrices(from, days);
        YearMonth month = YearMonth.from(from);
        int index = grid.index(curve, month);
        int dayOfMonth = from.getDayOfMonth();
        for (int i = 0; i < days; i++) {
            if (dayOfMonth > month.lengthOfMonth()) {
                month = month.plusMonths(1);
                index = grid.index(curve, month);
                dayOfMonth = 1;
            }
            prices[i] = priced(index, prices[i] * forwardMultipliers[index] + forwardAddends[index]);
            dayOfMonth++;
        }
        return prices;
    }

    /**
     * Expected average of the daily index over a window: published fixings for days before the
     * valuation date (required), the fixing or else the forward on the valuation date, the
     * shocked daily forwards after it. The past does not move under scenarios. A market rolled
     * forward (theta) fixes the days it skipped at their forwards.
     */
    public double expectedAverage(Underlying curve, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end: " + end + " is before start " + start);
        }
        if (start.isAfter(valuationDate) && start.getDayOfMonth() == 1
                && end.getDayOfMonth() == end.lengthOfMonth() && start.getMonth() == end.getMonth()
                && start.getYear() == end.getYear()) {
            return forwards[grid.index(curve, YearMonth.from(start))];
        }
        double sum = 0.0;
        LocalDate day = start;
        for (; !day.isAfter(end) && !day.isAfter(valuationDate); day = day.plusDays(1)) {
            Double fixing = fixing(curve, day);
            sum += fixing != null ? fixing : dailyForward(curve, day);
        }
        // Whole months of the future part are the shocked monthly forwards; partial months
        // shift the base curve's average over the days covered.
        while (!day.isAfter(end)) {
            YearMonth month = YearMonth.from(day);
            LocalDate last = end.isBefore(month.atEndOfMonth()) ? end : month.atEndOfMonth();
            int days = (int) ChronoUnit.DAYS.between(day, last) + 1;
            int index = grid.index(curve, month);
            if (days == month.lengthOfMonth()) {
                sum += forwards[index] * days;
            } else {
                double baseAverage = grid.curves[grid.curve(curve)].averageOver(day, last);
                sum += (baseAverage * forwardMultipliers[index] + forwardAddends[index]) * days;
            }
            day = last.plusDays(1);
        }
        return sum / (ChronoUnit.DAYS.between(start, end) + 1);
    }

    /**
     * The published index fixing of a day up to the valuation date, or null when the day is
     * still to fix at its forward (the valuation date without a fixing yet, or a day a rolled
     * market skipped). A day before the snapshot's date without a fixing is missing data.
     */
    public Double fixing(Underlying curve, LocalDate day) {
        if (day.isAfter(valuationDate)) {
            return null;
        }
        Double fixing = base.data().fixings(curve).byDate().get(day);
        if (fixing == null && day.isBefore(base.data().valuationDate())) {
            throw new InputRefused("fixings", InputRefused.Rule.NO_FIXING,
                    "fixings: no index fixing published for " + day + " on " + curve, day, curve);
        }
        return fixing;
    }

    /**
     * The Black volatility of an option on a delivery month's future expiring on {@code expiry}
     * at {@code strike} (sticky strike), with the delivery month's volatility shocks applied.
     */
    public double volatility(Underlying curve, YearMonth deliveryMonth, LocalDate expiry, double strike) {
        int index = grid.index(curve, deliveryMonth);
        double vol = grid.baseVolatility(grid.curve(curve), valuationDate, expiry, strike) * volMultipliers[index]
                + volAddends[index];
        return Math.max(vol, VOLATILITY_FLOOR);
    }

    public double discountRate() {
        return base.data().rate();
    }

    /** The discount factor to a payment date; 1 for dates already past. */
    public double discountFactor(LocalDate payment) {
        double years = yearFraction(payment);
        return years <= 0 ? 1.0 : Math.exp(-discountRate() * years);
    }

    /** Years (ACT/365F) from the valuation date to {@code date}; negative in the past. */
    public double yearFraction(LocalDate date) {
        return YearFraction.between(valuationDate, date);
    }

    public double carbonPrice() {
        return carbonPrice;
    }

    /** Expected outages per year at a hub. */
    public double outageRate(String hub) {
        Double rate = outageRates.get(hub);
        if (rate == null) {
            throw new InputRefused("outageRates", InputRefused.Rule.NO_OUTAGE_RATE,
                    "outageRates: no outage rate for hub " + hub, hub);
        }
        return rate;
    }

    /** CNY per unit of {@code currency}; CNY itself is 1. */
    public double fxRate(String currency) {
        if ("CNY".equals(currency)) {
            return 1.0;
        }
        Double rate = fxRates.get(currency);
        if (rate == null) {
            throw new InputRefused("fxRates", InputRefused.Rule.NO_FX_RATE, "fxRates: no rate for currency " + currency,
                    currency);
        }
        return rate;
    }

    /** This market moved by a scenario's shocks, in order. */
    public Market shocked(Scenario scenario) {
        return shocked(scenario.shocks());
    }

    public Market shocked(Shock... shocks) {
        return shocked(List.of(shocks));
    }

    public Market shocked(List<Shock> shocks) {
        if (shocks.isEmpty()) {
            return this;
        }
        double[] fm = forwardMultipliers.clone();
        double[] fa = forwardAddends.clone();
        double[] vm = volMultipliers.clone();
        double[] va = volAddends.clone();
        double carbon = carbonPrice;
        Map<String, Double> outages = new TreeMap<>(outageRates);
        Map<String, Double> fx = new TreeMap<>(fxRates);
        YearMonth spotMonth = YearMonth.from(valuationDate);
        for (Shock shock : shocks) {
            if (shock instanceof Shock.CurveShift s) {
                applyToBuckets(s.where(), fm, fa, b -> s.amount(), s.kind());
            } else if (shock instanceof Shock.CurveTilt t) {
                applyToBuckets(t.where(), fm, fa,
                        b -> t.amountPerYear() * monthsBetween(spotMonth, grid.buckets.get(b).month()) / 12.0, t.kind());
            } else if (shock instanceof Shock.HubSpreadShift h) {
                CurveSelection any = new CurveSelection(h.product(), null, null, null);
                applyToBuckets(any, fm, fa, b -> hubSpreadAmount(h, grid.buckets.get(b).curve().hubCode()), h.kind());
            } else if (shock instanceof Shock.VolShift v) {
                applyToBuckets(v.where(), vm, va, b -> v.amount(), v.kind());
            } else if (shock instanceof Shock.CarbonPriceShift c) {
                carbon = Math.max(0.0, c.kind().apply(carbon, c.amount()));
            } else if (shock instanceof Shock.OutageRateShift o) {
                for (Map.Entry<String, Double> entry : outages.entrySet()) {
                    if (o.hub() == null || o.hub().equals(entry.getKey())) {
                        entry.setValue(Math.max(0.0, o.kind().apply(entry.getValue(), o.amount())));
                    }
                }
            } else if (shock instanceof Shock.FxShift f) {
                fx.put(f.currency(), f.kind().apply(fxRate(f.currency()), f.amount()));
            }
        }
        return new Market(base, grid, valuationDate, fm, fa, vm, va, carbon,
                Collections.unmodifiableMap(outages), Collections.unmodifiableMap(fx));
    }

    /**
     * The same market one or more days later with every forward, volatility and rate unchanged
     * (sticky forwards): what theta measures.
     */
    public Market rolledTo(LocalDate date) {
        if (date.isBefore(valuationDate)) {
            throw new InputRefused("date", InputRefused.Rule.BEFORE_VALUATION, "date: " + date
                    + " is before the valuation date " + valuationDate, date, valuationDate);
        }
        return new Market(base, grid, date, forwardMultipliers, forwardAddends, volMultipliers, volAddends,
                carbonPrice, outageRates, fxRates);
    }

    /** Half the spread move, up east and down west; NaN (skip the bucket) for a hub on neither side. */
    private static double hubSpreadAmount(Shock.HubSpreadShift shift, String hub) {
        if (shift.eastHubs().contains(hub)) {
            return shift.amount() / 2;
        }
        return shift.westHubs().contains(hub) ? -shift.amount() / 2 : Double.NaN;
    }

    private void applyToBuckets(CurveSelection where, double[] multipliers, double[] addends,
                                IntToDoubleFunction amountOfBucket, ShiftKind kind) {
        // Match curves once, then months: a scenario touches every bucket, so this loop is hot.
        for (int c = 0; c < grid.keys.size(); c++) {
            if (!where.matches(grid.keys.get(c))) {
                continue;
            }
            int from = grid.offsets[c];
            int to = from + grid.counts[c];
            if (where.month() != null) {
                if (!grid.holds(c, where.month())) {
                    continue;
                }
                from = from + Grid.monthIndex(grid.firstMonths[c], where.month());
                to = from + 1;
            }
            for (int b = from; b < to; b++) {
                double amount = amountOfBucket.applyAsDouble(b);
                if (Double.isNaN(amount)) {
                    continue;
                }
                double m = kind.multiplier(amount);
                multipliers[b] *= m;
                addends[b] = addends[b] * m + kind.addend(amount);
            }
        }
    }

    private static long monthsBetween(YearMonth from, YearMonth to) {
        return ChronoUnit.MONTHS.between(from, to);
    }

    /** The bucket layout of a snapshot, shared by every view of it: every month from each curve's first to last quote. */
    private static final class Grid {
        private final Map<Underlying, Integer> curveIndex = new HashMap<>();
        private final List<Underlying> keys;
        private final List<Bucket> buckets;
        private final YearMonth[] firstMonths;
        private final ConcurrentHashMap<VolKey, Double> baseVolatilities = new ConcurrentHashMap<>();
        private final ForwardCurve[] curves;
        private final VolSurface[] surfaces;
        private final int[] offsets;
        private final int[] counts;
        private final double[] baseForwards;

        Grid(MarketData data) {
            keys = data.curves().keySet().stream().sorted(Comparator.comparing(Underlying::toString)).toList();
            firstMonths = new YearMonth[keys.size()];
            curves = new ForwardCurve[keys.size()];
            surfaces = new VolSurface[keys.size()];
            offsets = new int[keys.size()];
            counts = new int[keys.size()];
            List<Bucket> bucketList = new ArrayList<>();
            List<Double> forwardList = new ArrayList<>();
            for (int c = 0; c < keys.size(); c++) {
                Underlying key = keys.get(c);
                ForwardCurve curve = data.curve(key);
                curves[c] = curve;
                surfaces[c] = data.volSurfaces().get(key);
                curveIndex.put(key, c);
                firstMonths[c] = curve.quotes().firstKey();
                offsets[c] = bucketList.size();
                for (YearMonth m = firstMonths[c]; !m.isAfter(curve.quotes().lastKey()); m = m.plusMonths(1)) {
                    bucketList.add(new Bucket(key, m));
                    Double quote = curve.quotes().get(m);
                    forwardList.add(quote != null ? quote : curve.monthlyAverage(m));
                }
                counts[c] = bucketList.size() - offsets[c];
            }
            buckets = List.copyOf(bucketList);
            baseForwards = forwardList.stream().mapToDouble(Double::doubleValue).toArray();
        }

        boolean holds(int c, YearMonth month) {
            int m = monthIndex(firstMonths[c], month);
            return m >= 0 && m < counts[c];
        }

        /**
         * The surface's volatility, remembered: under sticky strike it depends only on the date,
         * expiry and strike, never on a scenario, and surface lookups cost more than the option.
         */
        double baseVolatility(int c, LocalDate valuationDate, LocalDate expiry, double strike) {
            VolSurface surface = surfaces[c];
            if (surface == null) {
                throw new InputRefused("volSurfaces", InputRefused.Rule.NO_VOLATILITY_SURFACE,
                        "volSurfaces: no volatility surface for " + keys.get(c), keys.get(c));
            }
            return baseVolatilities.computeIfAbsent(new VolKey(c, valuationDate, expiry, strike),
                    key -> surface.vol(valuationDate, expiry, strike));
        }

        int curve(Underlying curve) {
            Integer c = curveIndex.get(curve);
            if (c == null) {
                throw new InputRefused("curves", InputRefused.Rule.NO_CURVE, "curves: no forward curve for " + curve,
                        curve);
            }
            return c;
        }

        int index(Underlying curve, YearMonth month) {
            int c = curve(curve);
            if (!holds(c, month)) {
                YearMonth last = firstMonths[c].plusMonths(counts[c] - 1L);
                throw new InputRefused("month", InputRefused.Rule.OUTSIDE_CURVE, "month: " + month
                        + " is outside curve " + curve + " (" + firstMonths[c] + ".." + last + ")", month,
                        firstMonths[c], last);
            }
            return offsets[c] + monthIndex(firstMonths[c], month);
        }

        private static int monthIndex(YearMonth first, YearMonth month) {
            return (month.getYear() - first.getYear()) * 12 + month.getMonthValue() - first.getMonthValue();
        }

        private record VolKey(int curve, LocalDate valuationDate, LocalDate expiry, double strike) {
        }
    }
}
