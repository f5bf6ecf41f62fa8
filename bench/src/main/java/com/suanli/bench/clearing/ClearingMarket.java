package com.suanli.bench.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.clearing.ClearingOutcome;
import com.suanli.exchange.clearing.ClearingRules;
import com.suanli.exchange.clearing.FeeRate;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.Aggressor;
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
import com.suanli.exchange.margin.RiskArray;
import com.suanli.exchange.margin.TierSpread;
import com.suanli.exchange.settlement.SettlementRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The market the clearing benchmarks run on: 200 H100 futures, 25 delivery months at each of the
 * 8 hubs (each hub a combined commodity of 3 tiers, neighbouring hubs linked by 50% credits),
 * 1,000 GPU-hours a lot at 0.01 CNY a tick, and the exchange's house accounts; members are added
 * by the benchmark. Standalone nothing is published ({@link ClearingEvents#NONE}), as with an
 * engine sink that keeps no event; inside an engine ({@link #setUp}) it publishes to the engine's stream.
 */
final class ClearingMarket {
    static final int MONTHS = 25;
    static final int INSTRUMENTS = MONTHS * Hub.values().length;
    static final long T0 = 1_796_000_000_000L;
    static final long FEE = 1;
    static final long SETTLEMENT = 2;
    static final long MEMBER_BASE = 1_000;
    private static final long EXCHANGE = 1;
    private static final ComputeProduct H100 = ComputeProduct.of("H100", "NVIDIA H100 SXM 80GB", ProductClass.GPU,
            new Ratings(989, 1979, 34, 80, 3.35, 0, 0.7));
    private static final LocalDate LISTING_DAY = LocalDate.of(2026, 12, 1);

    final ClearingHouse house;
    final long[] reference = new long[INSTRUMENTS + 1];
    /** The listed contracts, by instrument id from 1: the engine's catalogue when the market runs inside one. */
    final List<ContractSpec> contracts = new ArrayList<>();

    ClearingMarket() {
        this(ClearingEvents.NONE);
    }

    /** The market publishing to {@code events}: inside an engine, its numbered stream. */
    ClearingMarket(ClearingEvents events) {
        house = new ClearingHouse(new ClearingRules(new SettlementRule(30 * 60_000, 5, 4),
                new SpotIndexRule(3, 50, 20, 3, 10, 50), 11_000), events);
        require(house.registerFirm(T0, EXCHANGE, "Suanli Exchange"));
        require(house.openAccount(T0, FEE, EXCHANGE, AccountKind.FEE));
        require(house.openAccount(T0, SETTLEMENT, EXCHANGE, AccountKind.SETTLEMENT));
        require(house.setFees(T0, "H100", new FeeRate(-100, 300)));
        Hub[] hubs = Hub.values();
        for (Hub hub : hubs) {
            require(house.defineCommodity(T0, new CombinedCommodity(commodity(hub), 3, 20_000,
                    List.of(new TierSpread(0, 1, 40_000), new TierSpread(0, 2, 60_000), new TierSpread(1, 2, 30_000)))));
        }
        for (int h = 1; h < hubs.length; h++) {
            require(house.defineSpread(T0, new InterCommoditySpread(commodity(hubs[h - 1]), 1, commodity(hubs[h]), 1,
                    5_000)));
        }
        int id = 1;
        for (Hub hub : hubs) {
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = YearMonth.of(2027, 1).plusMonths(m);
                long price = 1_600 + 25L * hub.ordinal() - 10L * m;
                ContractSpec spec = new ContractSpec(id, Symbol.future("H100", hub, false, month).toString(), H100, hub,
                        false, ContractKind.FUTURE, month, Settlement.CASH, 1000, new BigDecimal("0.01"), 1, 500, 1000,
                        price, LISTING_DAY, month.atDay(1).minusDays(5), month.atEndOfMonth());
                int tier = m < 3 ? 0 : m < 9 ? 1 : 2;
                // Scan range 15% of a lot's notional: price x 1,000 fen a tick x 0.15.
                require(house.listContract(T0, spec, commodity(hub), tier, RiskArray.future(price * 150)));
                reference[id] = price;
                contracts.add(spec);
                id++;
            }
        }
    }

    /** The clearing setup of an engine over this market with {@code members} member accounts. */
    static Function<ClearingEvents, ClearingHouse> setUp(int members) {
        return events -> {
            ClearingMarket market = new ClearingMarket(events);
            market.members(members);
            return market.house;
        };
    }

    /** Opens member accounts 0..count-1 (numbers {@link #MEMBER_BASE} up), each with ample cash. */
    void members(int count) {
        for (int m = 0; m < count; m++) {
            long firm = 100 + m % 100;
            house.registerFirm(T0, firm, "Firm " + firm);
            require(house.openAccount(T0, account(m), firm, AccountKind.values()[m % 4]));
            require(house.deposit(T0, account(m), 1L << 40, m));
        }
    }

    /** A fill as the sequencer will drive it: both orders working, then the trade. */
    void fill(long time, long tradeId, int instrument, long price, long lots, long buyer, long seller,
              Aggressor aggressor) {
        require(house.orderWorking(time, buyer, instrument, Side.BID, lots));
        require(house.orderWorking(time, seller, instrument, Side.ASK, lots));
        require(house.clearTrade(time, tradeId, instrument, price, lots, buyer, seller, aggressor));
    }

    static long account(int member) {
        return MEMBER_BASE + member;
    }

    static void require(ClearingOutcome outcome) {
        if (!outcome.accepted()) {
            throw new IllegalStateException(outcome.message());
        }
    }

    private static String commodity(Hub hub) {
        return "H100-" + hub.code();
    }
}
