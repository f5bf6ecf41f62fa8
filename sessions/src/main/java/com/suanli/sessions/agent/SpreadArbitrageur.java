package com.suanli.sessions.agent;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.sessions.config.TraderSettings;
import com.suanli.sessions.market.MarketView;
import java.time.LocalDate;
import java.util.List;

/**
 * Trades a spread back towards its fair value: for each pair of its kind (east against west hub, or
 * near against far month), when the first contract's bid exceeds the second's offer by more than the
 * fair spread plus {@code thresholdBps} of the first's fair value, it sells the first and buys the
 * second, both at once at those prices; the other way round likewise. Each leg is an immediate order
 * for what both tops show, at most {@code orderLots}.
 */
public final class SpreadArbitrageur extends Agent {

    private final TraderSettings settings;
    private final SpreadKind spreads;
    private LocalDate pairsOf;
    private List<SpreadPair> pairs = List.of();

    public SpreadArbitrageur(AgentSetup setup, TraderSettings settings, SpreadKind spreads) {
        super(setup, AccountKind.TRADER);
        this.settings = settings;
        this.spreads = spreads;
    }

    @Override
    public void act(AgentContext context, CommandPort port) {
        if (!context.day().equals(pairsOf)) {
            pairsOf = context.day();
            pairs = spreads.pairs(context.listing(), pairsOf);
        }
        for (SpreadPair pair : pairs) {
            trade(context, port, pair.first(), pair.second());
            trade(context, port, pair.second(), pair.first());
        }
    }

    /** Sells {@code rich} and buys {@code cheap} when rich's bid over cheap's offer exceeds their fair spread by the threshold. */
    private void trade(AgentContext context, CommandPort port, int rich, int cheap) {
        MarketView market = context.market();
        double fairRich = context.fair().ticks(rich);
        double fairCheap = context.fair().ticks(cheap);
        long bid = market.bid(rich);
        long ask = market.ask(cheap);
        if (!market.trading(rich) || !market.trading(cheap) || fairRich <= 0 || fairCheap <= 0 || bid <= 0 || ask <= 0) {
            return;
        }
        double threshold = fairRich * settings.thresholdBps() / 10_000.0;
        if (bid - ask <= fairRich - fairCheap + threshold) {
            return;
        }
        long lots = Math.min(Math.min(settings.orderLots(), market.bidLots(rich)), market.askLots(cheap));
        lots = Math.min(lots, Math.min(room(rich, Side.ASK), room(cheap, Side.BID)));
        if (lots > 0) {
            takeAt(context, port, rich, Side.ASK, bid, lots);
            takeAt(context, port, cheap, Side.BID, ask, lots);
        }
    }
}
