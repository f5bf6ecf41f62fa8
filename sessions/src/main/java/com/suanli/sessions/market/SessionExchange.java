package com.suanli.sessions.market;

import com.suanli.exchange.clearing.ClearingRules;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.clearing.FeeRate;
import com.suanli.exchange.clearing.FeeTerms;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.index.SpotIndexRule;
import com.suanli.exchange.settlement.SettlementRule;
import com.suanli.sessions.config.ClearingTerms;
import com.suanli.sessions.config.SessionConfig;

/**
 * Builds a headless session's engine with its clearing house inside: the exchange's standard
 * set-up ({@link ClearingSetup}: the house firm and its four accounts, a combined commodity per
 * product and hub, hub credits, every contract with a futures risk array) over the session's
 * listing, on the configuration's clearing terms. On the desk a session trades under the desk's
 * own {@code ClearingSetup.standard()} instead.
 */
public final class SessionExchange {

    /** Outliers beyond 3 median absolute deviations, a band of at least 0.5%. */
    private static final int INDEX_DEVIATIONS = 3;
    private static final int INDEX_BAND_BPS = 50;
    /** A thin day's quotes may adjust the index within 20 ticks of spread and 5% of move. */
    private static final long INDEX_QUOTE_SPREAD_TICKS = 20;
    private static final int INDEX_QUOTE_MOVE_BPS = 500;
    private static final int BPS = 10_000;

    private SessionExchange() {
    }

    /**
     * An engine over the session's listing, its house set up before the first command.
     * @throws IllegalArgumentException if the house refuses the reference data (a listing the clearing bounds cannot hold)
     */
    public static Engine engine(SessionConfig config, SessionListing listing, EventSink sink) {
        return new Engine(listing.catalogue(), EngineConfig.defaults(), sink, PreTradeCheck.ALLOW_ALL,
                OrderBookFactory.FAST, setup(config).over(listing.catalogue()));
    }

    /**
     * The configuration's clearing terms as a set-up: fees per lot; every month in one tier whose
     * calendar charge, configured as basis points of the notional, is that share of the scan range
     * (rounded down to a basis point, at most the whole range); one credit between any two hubs.
     */
    public static ClearingSetup setup(SessionConfig config) {
        ClearingTerms terms = config.clearing();
        ClearingRules rules = new ClearingRules(
                new SettlementRule(terms.closingWindowMinutes() * 60_000L, terms.settlementMinimumLots(),
                        terms.settlementMaximumSpreadTicks()),
                new SpotIndexRule(INDEX_DEVIATIONS, INDEX_BAND_BPS, terms.indexMinimumLots(), terms.indexMinimumTrades(),
                        INDEX_QUOTE_SPREAD_TICKS, INDEX_QUOTE_MOVE_BPS),
                terms.initialMarginBps());
        int calendarShareOfScan = (int) Math.min(BPS, (long) terms.calendarChargeBps() * BPS / terms.scanRangeBps());
        return new ClearingSetup(rules, terms.scanRangeBps(),
                FeeTerms.perLot(new FeeRate(terms.makerFeePerLot(), terms.takerFeePerLot())),
                config.months(), calendarShareOfScan, 0, terms.hubCreditBps(), terms.hubCreditBps());
    }
}
