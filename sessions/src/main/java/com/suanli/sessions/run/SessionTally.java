package com.suanli.sessions.run;

import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.market.SessionListing;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the event stream says happened, for the summary and for the next day's opening: the
 * stream's hash, trades, lots per product, refusals, the last settlement price of each contract and
 * the last index fixing of each product and hub, and the insurance sold and claimed.
 */
final class SessionTally implements EventSink {

    private final SessionListing listing;
    private final EventStreamHash hash = new EventStreamHash();
    private final long[] settlement;
    private final long[] index;
    private final Map<String, Long> volume = new TreeMap<>();
    private final InsuranceTally insurance = new InsuranceTally();
    private long trades;
    private long rejected;

    SessionTally(SessionListing listing) {
        this.listing = listing;
        this.settlement = new long[listing.maxInstrumentId() + 1];
        this.index = new long[settlement.length];
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        hash.onEvent(event);
        insurance.onEvent(event);
        if (event instanceof TradeExecuted t) {
            trades++;
            // On the desk the session hears every instrument's trades; it tallies its own.
            listing.catalogue().find(t.instrumentId())
                    .ifPresent(spec -> volume.merge(spec.product().code(), t.quantity(), Long::sum));
        } else if (event instanceof CommandRejected) {
            rejected++;
        } else if (event instanceof SettlementPricePublished s) {
            settlement[s.instrumentId()] = s.price();
        } else if (event instanceof IndexPublished i) {
            listing.spot(i.productCode(), i.hub()).ifPresent(spot -> index[spot.instrumentId()] = i.value());
        }
    }

    /** Where a contract's band should be centred at the open: its last settlement or index fixing, else 0. */
    long lastMark(int instrumentId) {
        return Math.max(settlement[instrumentId], index[instrumentId]);
    }

    SessionSummary summary(String name, long seed, int days, int agents, long commands, long outages) {
        Map<String, BigDecimal> settlements = new TreeMap<>();
        Map<String, BigDecimal> indices = new TreeMap<>();
        for (ContractSpec spec : listing.contracts()) {
            BigDecimal tick = spec.tickSize();
            int id = spec.instrumentId();
            if (settlement[id] > 0) {
                settlements.put(spec.symbol(), tick.multiply(BigDecimal.valueOf(settlement[id])));
            }
            if (index[id] > 0) {
                indices.put(spec.product().code() + "-" + spec.hub().code(), tick.multiply(BigDecimal.valueOf(index[id])));
            }
        }
        return new SessionSummary(name, seed, days, agents, commands, hash.events(), trades, rejected, volume,
                settlements, indices, outages, insurance.totals(), hash.value());
    }
}
