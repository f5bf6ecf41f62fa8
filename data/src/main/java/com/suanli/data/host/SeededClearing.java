package com.suanli.data.host;

import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.clearing.ClearingOutcome;
import com.suanli.exchange.clearing.ClearingRules;
import com.suanli.exchange.clearing.FeeRate;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.index.SpotIndexRule;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.margin.CombinedCommodity;
import com.suanli.exchange.margin.RiskArray;
import com.suanli.exchange.settlement.SettlementRule;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The clearing house the seeded load trades through when it clears ({@link SeededLoad} with
 * clearing): every contract of the catalogue cleared, one combined commodity per product and hub,
 * a futures risk array of 15% of a lot's notional at the reference price, one fee rate for every
 * product (taker 300 fen a lot, maker rebate 100), the fee and settlement accounts, and the load's
 * accounts opened and funded. The same setup builds the host's engine at every start, and a
 * snapshot is restored over it (docs/JOURNAL.md, "The clearing section").
 */
public final class SeededClearing {

    /** The exchange's fee account. */
    public static final long FEE_ACCOUNT = 1_000_001;
    /** The settlement pass-through. */
    public static final long SETTLEMENT_ACCOUNT = 1_000_002;
    /** What each of the load's accounts starts with: 50 million CNY, in fen. */
    public static final long FUNDS = 5_000_000_000L;
    static final FeeRate FEES = new FeeRate(-100, 300);
    private static final long EXCHANGE_FIRM = 1;
    private static final long FIRST_FIRM = 100;
    private static final int FIRMS = 20;
    private static final int SCAN_PERCENT = 15;
    private static final ClearingRules RULES = new ClearingRules(new SettlementRule(30 * 60_000, 5, 4),
            new SpotIndexRule(3, 50, 20, 3, 10, 50), 11_000);

    private SeededClearing() {
    }

    /** The setup over {@code catalogue}, as the engine and {@code Snapshot.restoreEngine} take it. */
    public static Function<ClearingEvents, ClearingHouse> of(Catalogue catalogue) {
        List<ContractSpec> contracts = catalogue.contracts().stream()
                .sorted(Comparator.comparingInt(ContractSpec::instrumentId)).toList();
        return events -> setUp(contracts, events);
    }

    private static ClearingHouse setUp(List<ContractSpec> contracts, ClearingEvents events) {
        ClearingHouse house = new ClearingHouse(RULES, events);
        long t = 0; // before any command
        require(house.registerFirm(t, EXCHANGE_FIRM, "Suanli Exchange"));
        require(house.openAccount(t, FEE_ACCOUNT, EXCHANGE_FIRM, AccountKind.FEE));
        require(house.openAccount(t, SETTLEMENT_ACCOUNT, EXCHANGE_FIRM, AccountKind.SETTLEMENT));
        Set<String> commodities = new HashSet<>();
        for (ContractSpec spec : contracts) {
            String product = spec.product().code();
            require(house.setFees(t, product, FEES));
            String commodity = product + "-" + spec.hub().code();
            if (commodities.add(commodity)) {
                require(house.defineCommodity(t, new CombinedCommodity(commodity, 1, 0, List.of())));
            }
            require(house.listContract(t, spec, commodity, 0, riskArray(spec, SCAN_PERCENT)));
        }
        for (long firm = FIRST_FIRM; firm < FIRST_FIRM + FIRMS; firm++) {
            require(house.registerFirm(t, firm, "Firm " + firm));
        }
        for (long account = 1; account <= SeededLoad.ACCOUNTS; account++) {
            require(house.openAccount(t, account, FIRST_FIRM + account % FIRMS, AccountKind.values()[(int) (account % 4)]));
            require(house.deposit(t, account, FUNDS, account));
        }
        return house;
    }

    /** A futures risk array whose scan range is {@code percent} of a lot's notional at the reference price. */
    static RiskArray riskArray(ContractSpec spec, int percent) {
        return RiskArray.future(spec.referencePriceTicks() * spec.tickValueFen() * percent / 100);
    }

    private static void require(ClearingOutcome outcome) {
        if (!outcome.accepted()) {
            throw new IllegalStateException("the seeded clearing setup is refused: " + outcome.message());
        }
    }
}
