package com.suanli.sessions.agent;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.BestBidOfferChanged;
import com.suanli.exchange.engine.event.ReferencePriceChanged;
import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.FairValues;
import com.suanli.sessions.fundamental.Fundamental;
import com.suanli.sessions.market.MarketView;
import com.suanli.sessions.market.SessionListing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One agent alone on the calm month's listing: a market view fed with the events a test writes, fair
 * values from the fundamental at the start, and a port that records the commands instead of sending them.
 */
final class AgentBench {

    static final long ACCOUNT = 5001;
    static final long OTHER = 5002;
    static final long TIME = 1_799_000_000_000L;

    final SessionConfig config = SessionConfigJson.readDefault();
    final SessionListing listing = SessionListing.of(config);
    final FairValues fair = new FairValues(listing, new Fundamental(config, new SplittableRandom(1)));
    final MarketView market = new MarketView(listing.maxInstrumentId());
    final LocalDate day = config.startDate();
    final List<Command> sent = new ArrayList<>();
    private long sequence;

    AgentBench() {
        fair.refresh(day);
        for (ContractSpec spec : listing.contracts()) {
            int id = spec.instrumentId();
            long ref = fair.wholeTicks(id);
            market.onEvent(new ReferencePriceChanged(++sequence, TIME, id, ref, ref * 9 / 10, ref * 11 / 10));
            session(id, SessionState.CONTINUOUS);
        }
    }

    AgentSetup setup(long maxLots) {
        return new AgentSetup(ACCOUNT, new SplittableRandom(42), 10, maxLots, listing.maxInstrumentId());
    }

    void session(int id, SessionState state) {
        market.onEvent(new SessionChanged(++sequence, TIME, id, SessionState.CLOSED, state, SessionChangeCause.OPERATOR));
    }

    void top(int id, long bid, long bidLots, long ask, long askLots) {
        market.onEvent(new BestBidOfferChanged(++sequence, TIME, id, bid, bidLots, ask, askLots));
    }

    /** A trade at {@code price}, the agent buying {@code lots} (or selling, for negative lots) from another account. */
    TradeExecuted fill(int id, long price, long lots) {
        long buyer = lots > 0 ? ACCOUNT : OTHER;
        long seller = lots > 0 ? OTHER : ACCOUNT;
        TradeExecuted trade = new TradeExecuted(++sequence, TIME, sequence, id, price, Math.abs(lots), 1, buyer, 2, seller,
                Aggressor.BUYER, 0, 0);
        market.onEvent(trade);
        return trade;
    }

    void act(Agent agent) {
        actAt(agent, TIME);
    }

    void actAt(Agent agent, long time) {
        agent.act(new AgentContext(time, day, market, fair, listing), sent::add);
    }

    int spot(String product, Hub hub) {
        return listing.spot(product, hub).orElseThrow().instrumentId();
    }

    int future(String product, Hub hub, int monthsAhead) {
        return listing.futures(product, hub, day).get(monthsAhead - 1).instrumentId();
    }

    List<PlaceOrder> orders() {
        return sent.stream().filter(PlaceOrder.class::isInstance).map(PlaceOrder.class::cast).toList();
    }

    List<PlaceOrder> orders(int id, Side side) {
        return orders().stream().filter(o -> o.instrumentId() == id && o.side() == side).toList();
    }
}
