package com.suanli.sessions.agent;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.config.HedgerSettings;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI lab buying forward capacity for its training runs (BID), or a compute provider selling its
 * idle capacity forward (ASK), at one hub: it works towards its limit in the future
 * {@code monthsAhead} delivery months out (the furthest listed if fewer), on a schedule of
 * {@code lotsPerDay} more each day, taking what is offered within {@code urgencyBps} of fair value.
 */
public final class CapacityHedger extends Agent {

    private final HedgerSettings settings;
    private final String productCode;
    private final Hub hub;
    private final Side side;
    private LocalDate today;
    private long scheduled;

    public CapacityHedger(AgentSetup setup, HedgerSettings settings, String productCode, Hub hub, Side side) {
        super(setup, side == Side.BID ? AccountKind.COMPUTE_CONSUMER : AccountKind.COMPUTE_PROVIDER);
        this.settings = settings;
        this.productCode = productCode;
        this.hub = hub;
        this.side = side;
    }

    public String productCode() {
        return productCode;
    }

    public Hub hub() {
        return hub;
    }

    @Override
    public void act(AgentContext context, CommandPort port) {
        if (!context.day().equals(today)) {
            today = context.day();
            scheduled = Math.min(maxLots, scheduled + settings.lotsPerDay());
        }
        List<ContractSpec> futures = context.listing().futures(productCode, hub, context.day());
        if (futures.isEmpty()) {
            return;
        }
        int id = futures.get(Math.min(futures.size(), settings.monthsAhead()) - 1).instrumentId();
        long done = side == Side.BID ? position(id) : -position(id);
        long wanted = scheduled - done;
        double fair = context.fair().ticks(id);
        if (wanted <= 0 || fair <= 0 || !context.market().trading(id)) {
            return;
        }
        double urgency = settings.urgencyBps() / 10_000.0;
        long limit = side == Side.BID ? (long) Math.floor(fair * (1 + urgency)) : (long) Math.ceil(fair * (1 - urgency));
        takeAt(context, port, id, side, limit, wanted);
    }
}
