package com.suanli.sessions.agent;

import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.config.MarketMakerSettings;
import com.suanli.sessions.market.MarketView;

/**
 * Quotes every trading contract two-sided around the curve's fair value: the centre moves against
 * its inventory ({@code skewBpsPerLot} a lot, so a long maker quotes lower to sell), the half spread
 * widens with how much trade prices have been moving, a side whose limit is reached is not quoted,
 * a fair value beyond the price band is quoted a tick wide at the band's edge, and on a halt the quotes are pulled (they would otherwise sit in the reopening auction).
 */
public final class MarketMaker extends Agent {

    private static final double BPS = 10_000.0;

    private final MarketMakerSettings settings;
    private final boolean[] quoted;

    public MarketMaker(AgentSetup setup, MarketMakerSettings settings) {
        super(setup, AccountKind.MARKET_MAKER);
        this.settings = settings;
        this.quoted = new boolean[setup.maxInstrumentId() + 1];
    }

    @Override
    public void act(AgentContext context, CommandPort port) {
        MarketView market = context.market();
        for (ContractSpec spec : context.listing().contracts()) {
            int id = spec.instrumentId();
            if (market.session(id) == SessionState.HALTED && quoted[id]) {
                port.submit(new MassCancel(context.time(), account(), id));
                quoted[id] = false;
            } else if (market.trading(id) && context.fair().ticks(id) > 0) {
                quote(context, port, id);
            }
        }
    }

    private void quote(AgentContext context, CommandPort port, int id) {
        MarketView market = context.market();
        long inventory = position(id);
        double half = (settings.halfSpreadBps() + settings.volatilityWeight() * market.movementBps(id)) / BPS;
        double centre = context.fair().ticks(id) * (1.0 - settings.skewBpsPerLot() * inventory / BPS);
        long bid = market.withinBand(id, (long) Math.floor(centre * (1.0 - half)));
        long ask = market.withinBand(id, (long) Math.ceil(centre * (1.0 + half)));
        if (ask <= bid) {
            // The fair value lies beyond the band: quote a tick wide at its edge, where the market can still trade.
            if (market.withinBand(id, bid + 1) > bid) {
                ask = bid + 1;
            } else {
                bid = ask - 1;
            }
        }
        long bidLots = Math.min(settings.quoteLots(), Math.max(0, maxLots - inventory));
        long askLots = Math.min(settings.quoteLots(), Math.max(0, maxLots + inventory));
        port.submit(Quote.of(context.time(), account(), id, bid, bidLots, ask, askLots));
        quoted[id] = true;
    }
}
