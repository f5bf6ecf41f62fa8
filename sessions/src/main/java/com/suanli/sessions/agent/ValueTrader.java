package com.suanli.sessions.agent;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.sessions.config.TraderSettings;
import com.suanli.sessions.market.MarketView;

/**
 * Trades one contract on a noisy view of its fundamental value: on each wake it looks at the fair
 * value through a lognormal error of {@code viewNoiseBps}, buys the offer when its view is more than
 * {@code thresholdBps} above it and sells the bid when its view is that far below.
 */
public final class ValueTrader extends Agent {

    private final TraderSettings settings;
    private final int instrumentId;

    public ValueTrader(AgentSetup setup, TraderSettings settings, int instrumentId) {
        super(setup, AccountKind.TRADER);
        this.settings = settings;
        this.instrumentId = instrumentId;
    }

    @Override
    public void act(AgentContext context, CommandPort port) {
        MarketView market = context.market();
        double fair = context.fair().ticks(instrumentId);
        if (!market.trading(instrumentId) || fair <= 0) {
            return;
        }
        double view = fair * Math.exp(random.nextGaussian() * settings.viewNoiseBps() / 10_000.0);
        double threshold = settings.thresholdBps() / 10_000.0;
        long ask = market.ask(instrumentId);
        long bid = market.bid(instrumentId);
        if (ask > 0 && view > ask * (1 + threshold)) {
            takeAt(context, port, instrumentId, Side.BID, ask, settings.orderLots());
        } else if (bid > 0 && view < bid * (1 - threshold)) {
            takeAt(context, port, instrumentId, Side.ASK, bid, settings.orderLots());
        }
    }
}
