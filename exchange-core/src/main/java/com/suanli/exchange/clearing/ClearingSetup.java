package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.index.SpotIndexRule;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.margin.CombinedCommodity;
import com.suanli.exchange.margin.InterCommoditySpread;
import com.suanli.exchange.margin.RiskArray;
import com.suanli.exchange.margin.TierSpread;
import com.suanli.exchange.settlement.SettlementRule;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The exchange's standing clearing set-up over a whole catalogue (docs/CLEARING.md, "The standard
 * set-up"): the house firm and its four accounts, a fee rate per product, one combined commodity
 * per product and hub with its months in two tiers, inter-hub spread credits per product, and
 * every contract listed for clearing with a first risk array from its reference price. It is
 * static reference data derived from the catalogue alone, so a recovery that rebuilds it from the
 * same catalogue gets the same house; later risk arrays arrive by {@code LoadRiskArray} commands
 * computed by pricing.
 *
 * @param rules settlement, index and initial-margin rules
 * @param scanRangeBps a contract's first price scan range, basis points of its reference notional per lot
 * @param fees each product's fee rate, from its reference notional
 * @param nearTierMonths delivery months in the near tier (tier 0, with spot); the rest are tier 1
 * @param intraTierBps the calendar-spread charge within a tier, basis points of the scan range
 * @param tierSpreadBps the calendar-spread charge between the tiers, basis points of the scan range
 * @param sameSideCreditBps the credit between two hubs on the same side (east-east, west-west); 0 for none
 * @param crossSideCreditBps the credit between an eastern and a western hub; 0 for none
 */
public record ClearingSetup(ClearingRules rules, int scanRangeBps, FeeTerms fees,
                            int nearTierMonths, int intraTierBps, int tierSpreadBps, int sameSideCreditBps,
                            int crossSideCreditBps) {

    /** The exchange's firm. */
    public static final long HOUSE_FIRM = 1;
    /** Accounts 1 to 99 belong to the exchange; members' accounts start above them. */
    public static final long FEE_ACCOUNT = 1;
    public static final long DEFAULT_FUND_ACCOUNT = 2;
    public static final long CAPITAL_ACCOUNT = 3;
    public static final long SETTLEMENT_ACCOUNT = 4;
    public static final long FIRST_MEMBER_ACCOUNT = 100;
    /** The set-up happens before any command, at the start of time. */
    static final long SET_UP_TIME = 0;
    private static final int BPS = 10_000;
    private static final int TIERS = 2;

    public ClearingSetup {
        Objects.requireNonNull(rules, "rules");
        requireBps("scanRangeBps", scanRangeBps, 1);
        Objects.requireNonNull(fees, "fees");
        if (nearTierMonths < 1) {
            throw new IllegalArgumentException("nearTierMonths: must be > 0, was " + nearTierMonths);
        }
        requireBps("intraTierBps", intraTierBps, 0);
        requireBps("tierSpreadBps", tierSpreadBps, 0);
        requireBps("sameSideCreditBps", sameSideCreditBps, 0);
        requireBps("crossSideCreditBps", crossSideCreditBps, 0);
    }

    /** Fees as basis points of each product's reference notional: the taker's, and the maker's rebate. */
    public ClearingSetup(ClearingRules rules, int scanRangeBps, int takerFeeBps, int makerRebateBps, int nearTierMonths,
                         int intraTierBps, int tierSpreadBps, int sameSideCreditBps, int crossSideCreditBps) {
        this(rules, scanRangeBps, FeeTerms.notionalShare(takerFeeBps, makerRebateBps), nearTierMonths, intraTierBps,
                tierSpreadBps, sameSideCreditBps, crossSideCreditBps);
    }

    /**
     * The desk's defaults. A 15% scan range: compute rental prices move several percent a day
     * (more around launches of a new GPU generation), and SPAN ranges cover a two-day 99% move.
     * A taker pays 2 bp and a maker earns 1 bp back, as on liquid futures. The first quarter is
     * one tier (its months move together); hubs on one side of the east-west divide are credited
     * 70%, across it 50% (the hub spread is the market's main basis risk).
     */
    public static ClearingSetup standard() {
        return new ClearingSetup(new ClearingRules(new SettlementRule(30 * 60_000, 5, 4),
                new SpotIndexRule(3, 50, 20, 3, 10, 50), 11_000), 1_500, 2, 1, 3, 500, 1_000, 7_000, 5_000);
    }

    /** What the engine is given to build its house over {@code catalogue}. */
    public Function<ClearingEvents, ClearingHouse> over(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        return events -> house(catalogue, events);
    }

    /**
     * The house over {@code catalogue}, its set-up published to {@code events}.
     *
     * @throws IllegalArgumentException when the catalogue holds a contract clearing cannot take (its
     *     message names the contract and the reason)
     */
    public ClearingHouse house(Catalogue catalogue, ClearingEvents events) {
        ClearingHouse house = new ClearingHouse(rules, events);
        accept(house.registerFirm(SET_UP_TIME, HOUSE_FIRM, "Suanli Exchange"));
        accept(house.openAccount(SET_UP_TIME, FEE_ACCOUNT, HOUSE_FIRM, AccountKind.FEE));
        accept(house.openAccount(SET_UP_TIME, DEFAULT_FUND_ACCOUNT, HOUSE_FIRM, AccountKind.DEFAULT_FUND));
        accept(house.openAccount(SET_UP_TIME, CAPITAL_ACCOUNT, HOUSE_FIRM, AccountKind.EXCHANGE_CAPITAL));
        accept(house.openAccount(SET_UP_TIME, SETTLEMENT_ACCOUNT, HOUSE_FIRM, AccountKind.SETTLEMENT));
        for (var product : catalogue.products()) {
            Catalogue ofProduct = catalogue.ofProduct(product.code());
            long notional = referenceNotional(ofProduct.contracts().get(0));
            accept(house.setFees(SET_UP_TIME, product.code(), fees.rate(notional)));
            List<Hub> hubs = ofProduct.hubs();
            for (Hub hub : hubs) {
                listCommodity(house, ofProduct.inHub(hub));
            }
            for (InterCommoditySpread spread : hubSpreads(product.code(), hubs)) {
                accept(house.defineSpread(SET_UP_TIME, spread));
            }
        }
        return house;
    }

    private void listCommodity(ClearingHouse house, Catalogue contracts) {
        List<ContractSpec> specs = new ArrayList<>(contracts.contracts());
        specs.sort(Comparator.comparingInt(ContractSpec::instrumentId));
        ContractSpec first = specs.get(0);
        String code = commodityCode(first.product().code(), first.hub());
        long scan = scanRange(first);
        accept(house.defineCommodity(SET_UP_TIME, new CombinedCommodity(code, TIERS, bpsOf(scan, intraTierBps),
                List.of(new TierSpread(0, 1, bpsOf(scan, tierSpreadBps))))));
        YearMonth nearest = specs.stream().map(ContractSpec::deliveryMonth).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        for (ContractSpec spec : specs) {
            int tier = spec.kind() == ContractKind.SPOT || nearest.plusMonths(nearTierMonths).isAfter(spec.deliveryMonth())
                    ? 0 : 1;
            accept(house.listContract(SET_UP_TIME, spec, code, tier, RiskArray.future(scanRange(spec))));
        }
    }

    /** Every pair of the product's hubs, those on one side of the east-west divide first (they offset more). */
    private List<InterCommoditySpread> hubSpreads(String product, List<Hub> hubs) {
        List<InterCommoditySpread> sameSide = new ArrayList<>();
        List<InterCommoditySpread> crossSide = new ArrayList<>();
        for (int a = 0; a < hubs.size(); a++) {
            for (int b = a + 1; b < hubs.size(); b++) {
                boolean same = hubs.get(a).side() == hubs.get(b).side();
                if ((same ? sameSideCreditBps : crossSideCreditBps) == 0) {
                    continue;
                }
                (same ? sameSide : crossSide).add(new InterCommoditySpread(commodityCode(product, hubs.get(a)), 1,
                        commodityCode(product, hubs.get(b)), 1, same ? sameSideCreditBps : crossSideCreditBps));
            }
        }
        sameSide.addAll(crossSide);
        return sameSide;
    }

    /** A combined commodity's code: product and hub, e.g. {@code H100-YRD}. */
    public static String commodityCode(String productCode, Hub hub) {
        return productCode + "-" + hub.name();
    }

    private long scanRange(ContractSpec spec) {
        return Math.min(RiskArray.MAX_LOSS, Math.max(1, bpsOf(referenceNotional(spec), scanRangeBps)));
    }

    /** Fen per lot at the reference price; a contract clearing cannot take is refused by its listing. */
    private static long referenceNotional(ContractSpec spec) {
        long tickValue = spec.tickValueFen();
        return tickValue < 1 ? 0 : Math.multiplyExact(spec.referencePriceTicks(), tickValue);
    }

    static long bpsOf(long amount, int bps) {
        return Math.multiplyExact(amount, bps) / BPS;
    }

    private static void accept(ClearingOutcome outcome) {
        if (!outcome.accepted()) {
            throw new IllegalArgumentException("clearing set-up refused: " + outcome.message());
        }
    }

    static void requireBps(String field, int value, int lowest) {
        if (value < lowest || value > BPS) {
            throw new IllegalArgumentException(field + ": must be " + lowest + " to " + BPS + ", was " + value);
        }
    }
}
