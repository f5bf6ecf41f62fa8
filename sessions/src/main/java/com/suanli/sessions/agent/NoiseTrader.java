package com.suanli.sessions.agent;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.sessions.config.TraderSettings;
import com.suanli.sessions.market.MarketView;
import java.util.List;

/**
 * Trades for reasons of its own: on each wake one contract at random among those it follows, a random
 * side and size; half the time it takes the best price, half the time it rests a day order within
 * {@code thresholdBps} of the mid on its own side.
 */
public final class NoiseTrader extends Agent {

    private final TraderSettings settings;
    private final List<Integer> instruments;

    public NoiseTrader(AgentSetup setup, TraderSettings settings, List<Integer> instruments) {
        super(setup, AccountKind.TRADER);
        this.settings = settings;
        this.instruments = List.copyOf(instruments);
    }

    @Override
    public void act(AgentContext context, CommandPort port) {
        int id = instruments.get(random.nextInt(instruments.size()));
        MarketView market = context.market();
        if (!market.trading(id)) {
            return;
        }
        Side side = random.nextBoolean() ? Side.BID : Side.ASK;
        long lots = 1 + random.nextLong(settings.orderLots());
        if (random.nextBoolean()) {
            long best = side == Side.BID ? market.ask(id) : market.bid(id);
            takeAt(context, port, id, side, best, lots);
            return;
        }
        long mid = market.mid(id) > 0 ? market.mid(id) : context.fair().wholeTicks(id);
        double away = random.nextDouble() * settings.thresholdBps() / 10_000.0;
        long price = Math.round(side == Side.BID ? mid * (1 - away) : mid * (1 + away));
        restAt(context, port, id, side, price, lots);
    }

    @Override
    protected boolean followsActivity() {
        return true;
    }
}
