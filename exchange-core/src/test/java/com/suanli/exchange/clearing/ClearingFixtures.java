package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.defaults.DefaultRules;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.index.SpotIndexRule;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;
import com.suanli.exchange.listing.Settlement;
import com.suanli.exchange.listing.Symbol;
import com.suanli.exchange.margin.CombinedCommodity;
import com.suanli.exchange.margin.InterCommoditySpread;
import com.suanli.exchange.margin.ReferenceSpan;
import com.suanli.exchange.margin.RiskArray;
import com.suanli.exchange.margin.TierSpread;
import com.suanli.exchange.settlement.SettlementRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small exchange for the clearing tests: H100 futures (Feb, Mar, May 2027 at YRD; Mar at NM
 * and GZ) and spot (YRD, standard and green), 1,000 GPU-hours a lot at 0.01 CNY a tick, so a tick
 * is worth 1,000 fen a lot; the exchange's four house accounts; two member firms.
 */
final class ClearingFixtures {
    static final ComputeProduct H100 = ComputeProduct.of("H100", "NVIDIA H100 SXM 80GB", ProductClass.GPU,
            new Ratings(989, 1979, 34, 80, 3.35, 0, 0.7));
    static final LocalDate LISTING_DAY = LocalDate.of(2026, 12, 1);
    static final long T0 = 1_796_000_000_000L;

    static final int FEB_YRD = 1;
    static final int MAR_YRD = 2;
    static final int MAY_YRD = 3;
    static final int MAR_NM = 4;
    static final int MAR_GZ = 5;
    static final int SPOT_YRD = 6;
    static final int GREEN_SPOT_YRD = 7;
    static final List<Integer> FUTURES = List.of(FEB_YRD, MAR_YRD, MAY_YRD, MAR_NM, MAR_GZ);
    static final List<Integer> INSTRUMENTS = List.of(FEB_YRD, MAR_YRD, MAY_YRD, MAR_NM, MAR_GZ, SPOT_YRD, GREEN_SPOT_YRD);

    static final long EXCHANGE_FIRM = 1;
    static final long FEE = 901;
    static final long DEFAULT_FUND = 902;
    static final long CAPITAL = 903;
    static final long SETTLEMENT = 904;
    static final long FIRM_A = 10;
    static final long FIRM_B = 20;
    /** Taker 300 fen a lot (3 CNY per 1,000 GPU-hours), maker rebate 100. */
    static final FeeRate H100_FEES = new FeeRate(-100, 300);

    /** 30-minute window of 5 lots; mids within 4 ticks; index: 3 MADs, 0.5% floor, 20 lots in 3 trades. */
    static final ClearingRules RULES = new ClearingRules(new SettlementRule(30 * 60_000, 5, 4),
            new SpotIndexRule(3, 50, 20, 3, 10, 50), 11_000);

    private ClearingFixtures() {
    }

    static ContractSpec future(int id, Hub hub, YearMonth month, long referenceTicks) {
        return new ContractSpec(id, Symbol.future("H100", hub, false, month).toString(), H100, hub, false,
                ContractKind.FUTURE, month, Settlement.CASH, 1000, new BigDecimal("0.01"), 1, 500, 1000, referenceTicks,
                LISTING_DAY, month.atDay(1).minusDays(5), month.atEndOfMonth());
    }

    static ContractSpec spot(int id, Hub hub, boolean green, long referenceTicks) {
        return new ContractSpec(id, Symbol.spot("H100", hub, green).toString(), H100, hub, green, ContractKind.SPOT, null,
                Settlement.PHYSICAL, 1000, new BigDecimal("0.01"), 1, 500, 1000, referenceTicks, LISTING_DAY,
                LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 31));
    }

    static final List<CombinedCommodity> COMMODITIES = List.of(
            new CombinedCommodity("H100-YRD", 2, 20_000, List.of(new TierSpread(0, 1, 50_000))),
            new CombinedCommodity("H100-NM", 1, 0, List.of()),
            new CombinedCommodity("H100-GZ", 1, 0, List.of()));
    static final List<InterCommoditySpread> SPREADS = List.of(
            new InterCommoditySpread("H100-NM", 1, "H100-GZ", 1, 7_000),
            new InterCommoditySpread("H100-NM", 1, "H100-YRD", 1, 5_000));

    /** A contract as listed for clearing: its terms, combined commodity, tier and first risk array. */
    record Listing(ContractSpec spec, String commodity, int tier, RiskArray array) {
    }

    static final List<Listing> LISTINGS = List.of(
            new Listing(future(FEB_YRD, Hub.YRD, YearMonth.of(2027, 2), 2_150), "H100-YRD", 0, RiskArray.future(322_500)),
            new Listing(future(MAR_YRD, Hub.YRD, YearMonth.of(2027, 3), 2_100), "H100-YRD", 0, RiskArray.future(315_000)),
            new Listing(future(MAY_YRD, Hub.YRD, YearMonth.of(2027, 5), 2_000), "H100-YRD", 1, RiskArray.future(300_000)),
            new Listing(future(MAR_NM, Hub.NM, YearMonth.of(2027, 3), 1_620), "H100-NM", 0, RiskArray.future(243_000)),
            new Listing(future(MAR_GZ, Hub.GZ, YearMonth.of(2027, 3), 1_680), "H100-GZ", 0, RiskArray.future(252_000)),
            new Listing(spot(SPOT_YRD, Hub.YRD, false, 2_150), "H100-YRD", 0, RiskArray.future(322_500)),
            new Listing(spot(GREEN_SPOT_YRD, Hub.YRD, true, 2_236), "H100-YRD", 0, RiskArray.future(335_400)));

    /** The clearing house with its contracts, fees, margin parameters and house accounts; no members yet. */
    static ClearingHouse exchange(ClearingEvents events) {
        return exchange(events, DefaultRules.STANDARD);
    }

    /** As {@link #exchange(ClearingEvents)}, with margin calls and close-outs by {@code defaultRules}. */
    static ClearingHouse exchange(ClearingEvents events, DefaultRules defaultRules) {
        ClearingHouse house = new ClearingHouse(RULES, defaultRules, events);
        accept(house.registerFirm(T0, EXCHANGE_FIRM, "Suanli Exchange"));
        accept(house.openAccount(T0, FEE, EXCHANGE_FIRM, AccountKind.FEE));
        accept(house.openAccount(T0, DEFAULT_FUND, EXCHANGE_FIRM, AccountKind.DEFAULT_FUND));
        accept(house.openAccount(T0, CAPITAL, EXCHANGE_FIRM, AccountKind.EXCHANGE_CAPITAL));
        accept(house.openAccount(T0, SETTLEMENT, EXCHANGE_FIRM, AccountKind.SETTLEMENT));
        accept(house.setFees(T0, "H100", H100_FEES));
        COMMODITIES.forEach(commodity -> accept(house.defineCommodity(T0, commodity)));
        SPREADS.forEach(spread -> accept(house.defineSpread(T0, spread)));
        LISTINGS.forEach(listing -> accept(house.listContract(T0, listing.spec(), listing.commodity(), listing.tier(),
                listing.array())));
        return house;
    }

    /** The reference SPAN over the same parameters, instruments keyed by id. */
    static ReferenceSpan reference() {
        ReferenceSpan reference = new ReferenceSpan(RULES.initialMarginBps());
        COMMODITIES.forEach(reference::define);
        SPREADS.forEach(reference::define);
        LISTINGS.forEach(listing -> reference.list(listing.spec().instrumentId(), listing.commodity(), listing.tier(),
                listing.array()));
        return reference;
    }

    /** Opens {@code account} under {@code firm} (registering the firm if new) and deposits {@code cash} fen. */
    static void member(ClearingHouse house, long firm, long account, AccountKind kind, long cash) {
        house.registerFirm(T0, firm, "Firm " + firm);
        accept(house.openAccount(T0, account, firm, kind));
        if (cash > 0) {
            accept(house.deposit(T0, account, cash, account));
        }
    }

    /** A trade between two accounts, entered as the sequencer would: both orders working, then the fill. */
    static void trade(ClearingHouse house, long time, long tradeId, int instrument, long price, long lots, long buyer,
                      long seller, Aggressor aggressor) {
        accept(house.orderWorking(time, buyer, instrument, Side.BID, lots));
        accept(house.orderWorking(time, seller, instrument, Side.ASK, lots));
        accept(house.clearTrade(time, tradeId, instrument, price, lots, buyer, seller, aggressor));
    }

    static void accept(ClearingOutcome outcome) {
        assertThat(outcome.accepted()).as(outcome.message()).isTrue();
    }

    /** Collects the published events, numbered from 1. */
    static final class Recorder {
        final List<ExchangeEvent> events = new ArrayList<>();
        private long sequence;
        final ClearingEventStream stream = new ClearingEventStream(() -> ++sequence, events::add);

        <T extends ExchangeEvent> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
