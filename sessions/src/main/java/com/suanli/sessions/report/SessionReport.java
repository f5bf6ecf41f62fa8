package com.suanli.sessions.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a session did, for people and charts: prices in CNY a unit, money in CNY, lots and counts as
 * they are. Every list is in a fixed order (instruments by id, indices in the configuration's order,
 * days ascending, agent types in roster order), so a session gives the same report on every run.
 *
 * @param totals the summary's counts, the margin calls and defaults, and the session's event stream hash
 * @param contracts each listed contract: volume, spread, price against fair value, settlements, final price
 * @param indices each product and hub's daily index fixings
 * @param paths each contract's traded price (mid, else last) beside its fair value, sampled on the clock
 * @param dailyVolume lots traded per product each day
 * @param pnl by agent type, for the user (if the configuration names one) and the exchange's fees
 * @param deliveries the delivery obligations of physically delivered expiries
 * @param insurance the policies written and claims paid, in all and by product, hub and cover
 */
public record SessionReport(String name, long seed, int days, Totals totals, List<ContractReport> contracts,
                            List<IndexReport> indices, List<PricePath> paths, List<DailyVolume> dailyVolume,
                            PnlReport pnl, DeliveryReport deliveries, InsuranceReport insurance) {

    public static final String FORMAT = "suanli-session-report/1";

    public SessionReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(totals, "totals");
        contracts = List.copyOf(contracts);
        indices = List.copyOf(indices);
        paths = List.copyOf(paths);
        dailyVolume = List.copyOf(dailyVolume);
        Objects.requireNonNull(pnl, "pnl");
        Objects.requireNonNull(deliveries, "deliveries");
        Objects.requireNonNull(insurance, "insurance");
    }

    public record Totals(long commands, long events, long trades, long refused, long outages, long marginCalls,
                         long defaults, String eventStreamHash) {
    }

    /**
     * One contract. Spread and price-minus-fair are means over the steps it traded (spread: the steps
     * with a bid and an offer; price: the steps with a mid or a last trade), in bp of the mid or fair value.
     */
    public record ContractReport(String symbol, String product, String hub, String kind, boolean green,
                                 long volumeLots, long trades, double meanSpreadBps, double meanPriceMinusFairBps,
                                 double meanAbsPriceMinusFairBps, List<Fixing> settlements, Optional<Fixing> finalPrice) {

        public ContractReport {
            settlements = List.copyOf(settlements);
            Objects.requireNonNull(finalPrice, "finalPrice");
        }
    }

    /** A price fixed for a day with the method that set it. */
    public record Fixing(LocalDate day, BigDecimal price, String method) {
    }

    public record IndexReport(String product, String hub, List<Fixing> fixings) {

        public IndexReport {
            fixings = List.copyOf(fixings);
        }
    }

    public record PricePath(String symbol, String product, String hub, String kind, boolean green, List<PathPoint> points) {

        public PricePath {
            points = List.copyOf(points);
        }
    }

    /** Shanghai time; the price is absent before the contract's first quote or trade. */
    public record PathPoint(LocalDateTime time, Optional<BigDecimal> price, BigDecimal fair) {
    }

    public record DailyVolume(LocalDate day, Map<String, Long> lotsByProduct) {

        public DailyVolume {
            lotsByProduct = Map.copyOf(lotsByProduct);
        }
    }

    /**
     * P&amp;L in CNY. Trading: every position marked to its contract's last price (the final price of an
     * expired future, else the last settlement for a future, the last index fixing for a spot
     * contract, else the last trade) less what its trades cost. Fees: fees paid less rebates.
     * Penalties: delivery penalties received less paid. Default losses: what a defaulter's own
     * cash could not cover is not in here (it is the waterfall's); the payments for capacity
     * delivered are not P&amp;L (capacity for cash at the final price, to which the positions were marked).
     */
    public record Pnl(String type, int accounts, BigDecimal trading, BigDecimal fees, BigDecimal penalties,
                      BigDecimal total, long marginCalls, long defaults) {
    }

    public record PnlReport(List<Pnl> byAgentType, Optional<UserPnl> user, BigDecimal exchangeFees) {

        public PnlReport {
            byAgentType = List.copyOf(byAgentType);
            Objects.requireNonNull(user, "user");
        }
    }

    public record UserPnl(long account, Pnl pnl) {
    }

    /** Obligations scheduled and where they stand: units, delivered, failed, payments and penalties (CNY). */
    public record DeliveryReport(long obligations, long units, long deliveredUnits, long failedUnits,
                                 BigDecimal payments, BigDecimal penalties) {
    }

    /**
     * Insurance in CNY: policies written and their premiums, claims paid and their amount, and the loss
     * ratio (claims paid over premiums, four places; 0 when nothing was sold), in all and per line.
     */
    public record InsuranceReport(long policies, BigDecimal premiums, long claims, BigDecimal claimsPaid,
                                  BigDecimal lossRatio, List<InsuranceLine> byHubAndCover) {

        public InsuranceReport {
            byHubAndCover = List.copyOf(byHubAndCover);
        }
    }

    /** One product, hub and cover ({@code OUTAGE_COVER} or {@code PRICE_SPIKE_CAP}). */
    public record InsuranceLine(String product, String hub, String cover, long policies, BigDecimal premiums,
                                long claims, BigDecimal claimsPaid, BigDecimal lossRatio) {
    }
}
