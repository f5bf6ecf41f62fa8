package com.suanli.sessions.market;

import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.clearing.ClearingOutcome;
import com.suanli.exchange.clearing.ClearingRules;
import com.suanli.exchange.clearing.FeeRate;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.index.SpotIndexRule;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.margin.CombinedCommodity;
import com.suanli.exchange.margin.InterCommoditySpread;
import com.suanli.exchange.margin.RiskArray;
import com.suanli.exchange.settlement.SettlementRule;
import com.suanli.sessions.config.ClearingTerms;
import com.suanli.sessions.config.HubSetup;
import com.suanli.sessions.config.ProductSetup;
import com.suanli.sessions.config.SessionConfig;
import java.util.List;

/**
 * Builds the session's engine with its clearing house inside. The house's static reference data
 * (rules, fees, one combined commodity per product and hub, hub credits, every contract with a
 * futures risk array of the configured scan range) is set up as the engine is built, since the
 * engine has no commands for it yet; firms, accounts and cash come later as commands.
 */
public final class SessionExchange {

    /** Outliers beyond 3 median absolute deviations, a band of at least 0.5%. */
    private static final int INDEX_DEVIATIONS = 3;
    private static final int INDEX_BAND_BPS = 50;
    /** A thin day's quotes may adjust the index within 20 ticks of spread and 5% of move. */
    private static final long INDEX_QUOTE_SPREAD_TICKS = 20;
    private static final int INDEX_QUOTE_MOVE_BPS = 500;
    private static final long BPS = 10_000;

    private SessionExchange() {
    }

    /**
     * An engine over the session's listing, its house set up at {@code time}.
     * @throws IllegalStateException if the house refuses the reference data (a listing the clearing bounds cannot hold)
     */
    public static Engine engine(SessionConfig config, SessionListing listing, EventSink sink, long time) {
        return new Engine(listing.catalogue(), EngineConfig.defaults(), sink, PreTradeCheck.ALLOW_ALL,
                OrderBookFactory.FAST, events -> house(config, listing, events, time));
    }

    /** The combined commodity of a product at a hub, e.g. {@code H100-YRD}. */
    public static String commodity(String productCode, String hubCode) {
        return productCode + "-" + hubCode;
    }

    private static ClearingHouse house(SessionConfig config, SessionListing listing, ClearingEvents events, long time) {
        ClearingTerms terms = config.clearing();
        ClearingRules rules = new ClearingRules(
                new SettlementRule(terms.closingWindowMinutes() * 60_000L, terms.settlementMinimumLots(),
                        terms.settlementMaximumSpreadTicks()),
                new SpotIndexRule(INDEX_DEVIATIONS, INDEX_BAND_BPS, terms.indexMinimumLots(), terms.indexMinimumTrades(),
                        INDEX_QUOTE_SPREAD_TICKS, INDEX_QUOTE_MOVE_BPS),
                terms.initialMarginBps());
        ClearingHouse house = new ClearingHouse(rules, events);
        for (ProductSetup product : config.products()) {
            accept(house.setFees(time, product.code(), new FeeRate(terms.makerFeePerLot(), terms.takerFeePerLot())));
            List<HubSetup> hubs = product.hubs();
            for (HubSetup hub : hubs) {
                ContractSpec spot = listing.spot(product.code(), hub.hub()).orElseThrow();
                long charge = notional(spot) * terms.calendarChargeBps() / BPS;
                accept(house.defineCommodity(time, new CombinedCommodity(commodity(product.code(), hub.hub().code()), 1,
                        charge, List.of())));
            }
            if (terms.hubCreditBps() > 0) {
                for (int a = 0; a < hubs.size(); a++) {
                    for (int b = a + 1; b < hubs.size(); b++) {
                        accept(house.defineSpread(time, new InterCommoditySpread(
                                commodity(product.code(), hubs.get(a).hub().code()), 1,
                                commodity(product.code(), hubs.get(b).hub().code()), 1, terms.hubCreditBps())));
                    }
                }
            }
        }
        for (ContractSpec spec : listing.contracts()) {
            long scan = Math.max(1, notional(spec) * terms.scanRangeBps() / BPS);
            accept(house.listContract(time, spec, commodity(spec.product().code(), spec.hub().code()), 0,
                    RiskArray.future(scan)));
        }
        return house;
    }

    /** A lot's notional at the reference price, fen. */
    private static long notional(ContractSpec spec) {
        return spec.tickValueFen() * spec.referencePriceTicks();
    }

    private static void accept(ClearingOutcome outcome) {
        if (!outcome.accepted()) {
            throw new IllegalStateException("the session's clearing set-up was refused: " + outcome.message());
        }
    }
}
