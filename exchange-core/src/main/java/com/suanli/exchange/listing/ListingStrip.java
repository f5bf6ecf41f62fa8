package com.suanli.exchange.listing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A listing plan and the generator of its catalogue: for every product and hub it lists one spot
 * contract and a strip of monthly futures, and for west hubs the same again as green variants.
 * The rules (see {@code docs/SYMBOLS.md}):
 * <ul>
 * <li>All contracts start trading on {@code listingDay}.</li>
 * <li>A future for month M trades until the last business day before M starts, delivers (or
 *     averages the daily index) over all of M and expires on M's last calendar day.</li>
 * <li>Spot delivers the calendar day after the trade; it trades until the last business day
 *     before the final delivery month's last day and expires the day after its last trading day.</li>
 * <li>Futures settle as {@link ListingTerms#futuresSettlement()} says; spot always physically.</li>
 * <li>Reference price = hub spot price x (1 + drift)^(months from the listing month to delivery)
 *     x (1 + green premium for green variants), rounded half-even to the tick, at least one tick.</li>
 * <li>Instrument ids count from 1 in the order: listings, hubs in {@link Hub} order, standard then
 *     green, spot then months ascending.</li>
 * </ul>
 *
 * @param listingDay the first trading day of every contract; a business day no later than the first
 *                   future's last trading day
 * @param firstDeliveryMonth the delivery month of the strip's first future
 * @param months how many monthly futures per product and hub, 1 to 36
 * @param greenPremiumBps the premium of green capacity over standard, 0 to 10000 bp
 * @param hubs the hubs open for listing; every hub a listing prices must be among them
 * @param listings one per product, product codes unique
 */
public record ListingStrip(LocalDate listingDay, YearMonth firstDeliveryMonth, int months, int greenPremiumBps,
                           List<Hub> hubs, List<ListingTerms> listings) {

    /** The longest strip a plan may list. */
    public static final int MAX_MONTHS = 36;

    private static final MathContext CURVE_PRECISION = MathContext.DECIMAL64;

    public ListingStrip {
        Objects.requireNonNull(listingDay, "listingDay");
        Objects.requireNonNull(firstDeliveryMonth, "firstDeliveryMonth");
        BusinessDays.closure(listingDay).ifPresent(closure -> {
            throw new IllegalArgumentException("listingDay: " + listingDay + " is " + closure + ", not a business day");
        });
        if (listingDay.isAfter(futureLastTradingDay(firstDeliveryMonth))) {
            throw new IllegalArgumentException("listingDay: " + listingDay + " is after the last trading day "
                    + futureLastTradingDay(firstDeliveryMonth) + " of the first future (" + firstDeliveryMonth + ")");
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months: must be 1 to " + MAX_MONTHS + ", was " + months);
        }
        if (greenPremiumBps < 0 || greenPremiumBps > ContractSpec.BPS_PER_UNIT) {
            throw new IllegalArgumentException("greenPremiumBps: must be 0 to " + ContractSpec.BPS_PER_UNIT + ", was "
                    + greenPremiumBps);
        }
        hubs = List.copyOf(Objects.requireNonNull(hubs, "hubs"));
        if (hubs.isEmpty()) {
            throw new IllegalArgumentException("hubs: must list at least one hub");
        }
        if (EnumSet.copyOf(hubs).size() != hubs.size()) {
            throw new IllegalArgumentException("hubs: lists a hub twice: " + hubs);
        }
        listings = List.copyOf(Objects.requireNonNull(listings, "listings"));
        if (listings.isEmpty()) {
            throw new IllegalArgumentException("listings: must list at least one product");
        }
        Set<String> codes = new HashSet<>();
        for (ListingTerms terms : listings) {
            if (!codes.add(terms.product().code())) {
                throw new IllegalArgumentException("listings: product " + terms.product().code() + " is listed twice");
            }
            for (Hub hub : terms.spotPrices().keySet()) {
                if (!hubs.contains(hub)) {
                    throw new IllegalArgumentException("spotPrices." + hub.code() + ": hub is not open for listing "
                            + hubs + " (" + terms.product().code() + ")");
                }
            }
        }
    }

    /** The last trading day of the future delivering over {@code month}: the business day before it starts. */
    public static LocalDate futureLastTradingDay(YearMonth month) {
        return BusinessDays.previous(month.atDay(1));
    }

    /** The expiry of the future delivering over {@code month}: its last calendar day. */
    public static LocalDate futureExpiry(YearMonth month) {
        return month.atEndOfMonth();
    }

    /** The delivery months of the strip, ascending. */
    public List<YearMonth> deliveryMonths() {
        List<YearMonth> deliveryMonths = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            deliveryMonths.add(firstDeliveryMonth.plusMonths(i));
        }
        return List.copyOf(deliveryMonths);
    }

    /** The last trading day of the spot contracts. */
    public LocalDate spotLastTradingDay() {
        return BusinessDays.onOrBefore(lastDeliveryMonth().atEndOfMonth().minusDays(1));
    }

    private YearMonth lastDeliveryMonth() {
        return firstDeliveryMonth.plusMonths(months - 1L);
    }

    /**
     * The reference price in CNY per unit, before rounding to the tick.
     * @param deliveryMonth null for spot
     */
    public BigDecimal referencePrice(ListingTerms terms, Hub hub, boolean green, YearMonth deliveryMonth) {
        BigDecimal spot = terms.spotPrices().get(hub);
        if (spot == null) {
            throw new IllegalArgumentException("hub: " + terms.product().code() + " is not listed in " + hub.code());
        }
        BigDecimal price = spot;
        if (deliveryMonth != null) {
            long monthsAhead = ChronoUnit.MONTHS.between(YearMonth.from(listingDay), deliveryMonth);
            BigDecimal monthlyFactor = BigDecimal.ONE.add(BigDecimal.valueOf(terms.monthlyDriftBps(), 4));
            price = price.multiply(monthlyFactor.pow((int) monthsAhead, CURVE_PRECISION), CURVE_PRECISION);
        }
        if (green) {
            price = price.multiply(BigDecimal.ONE.add(BigDecimal.valueOf(greenPremiumBps, 4)), CURVE_PRECISION);
        }
        return price;
    }

    /** The catalogue this plan lists. */
    public Catalogue catalogue() {
        List<ContractSpec> contracts = new ArrayList<>();
        for (ListingTerms terms : listings) {
            for (Hub hub : terms.spotPrices().keySet()) {
                listHub(terms, hub, false, contracts);
                if (hub.isWest()) {
                    listHub(terms, hub, true, contracts);
                }
            }
        }
        return Catalogue.of(contracts);
    }

    private void listHub(ListingTerms terms, Hub hub, boolean green, List<ContractSpec> contracts) {
        LocalDate spotLast = spotLastTradingDay();
        contracts.add(contract(contracts.size() + 1, terms, hub, green, ContractKind.SPOT, null, Settlement.PHYSICAL,
                spotLast, spotLast.plusDays(1)));
        for (YearMonth month : deliveryMonths()) {
            contracts.add(contract(contracts.size() + 1, terms, hub, green, ContractKind.FUTURE, month,
                    terms.futuresSettlement(), futureLastTradingDay(month), futureExpiry(month)));
        }
    }

    private ContractSpec contract(int instrumentId, ListingTerms terms, Hub hub, boolean green, ContractKind kind,
                                  YearMonth deliveryMonth, Settlement settlement, LocalDate lastTradingDay,
                                  LocalDate expiry) {
        BigDecimal reference = referencePrice(terms, hub, green, deliveryMonth);
        long referenceTicks = Math.max(1, reference.divide(terms.tickSize(), 0, RoundingMode.HALF_EVEN).longValueExact());
        String symbol = new Symbol(terms.product().code(), hub, green, kind, deliveryMonth).toString();
        return new ContractSpec(instrumentId, symbol, terms.product(), hub, green, kind, deliveryMonth, settlement,
                terms.contractSize(), terms.tickSize(), terms.lotSize(), terms.maxOrderLots(), terms.priceBandBps(),
                referenceTicks, listingDay, lastTradingDay, expiry);
    }
}
