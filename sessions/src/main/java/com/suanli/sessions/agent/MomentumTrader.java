package com.suanli.sessions.agent;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.sessions.config.TraderSettings;
import com.suanli.sessions.market.MarketView;

/**
 * Follows the trend of one contract: it keeps a fast and a slow exponential average of the mid it
 * sees (time constants {@code fastMinutes} and {@code slowMinutes}) and buys when the fast one is
 * more than {@code thresholdBps} above the slow one, sells when it is that far below.
 */
public final class MomentumTrader extends Agent {

    private final TraderSettings settings;
    private final int instrumentId;
    private double fast;
    private double slow;
    private long seenAt;

    public MomentumTrader(AgentSetup setup, TraderSettings settings, int instrumentId) {
        super(setup, AccountKind.TRADER);
        this.settings = settings;
        this.instrumentId = instrumentId;
    }

    @Override
    public void act(AgentContext context, CommandPort port) {
        MarketView market = context.market();
        long mid = market.mid(instrumentId);
        if (!market.trading(instrumentId) || mid <= 0) {
            return;
        }
        if (fast == 0) {
            fast = mid;
            slow = mid;
            seenAt = context.time();
            return;
        }
        double minutes = (context.time() - seenAt) / 60_000.0;
        seenAt = context.time();
        fast += (mid - fast) * Math.min(1.0, minutes / settings.fastMinutes());
        slow += (mid - slow) * Math.min(1.0, minutes / settings.slowMinutes());
        double threshold = settings.thresholdBps() / 10_000.0;
        if (fast > slow * (1 + threshold)) {
            takeAt(context, port, instrumentId, Side.BID, market.ask(instrumentId), settings.orderLots());
        } else if (fast < slow * (1 - threshold)) {
            takeAt(context, port, instrumentId, Side.ASK, market.bid(instrumentId), settings.orderLots());
        }
    }
}
