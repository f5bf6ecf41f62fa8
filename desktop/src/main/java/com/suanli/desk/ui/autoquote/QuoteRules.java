package com.suanli.desk.ui.autoquote;

import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.listing.ContractSpec;

/**
 * How the auto-quoter quotes around a fair value. The quote's centre is the fair value less
 * {@code skewTicksPerLot} for each lot held (a long position lowers both sides, so the desk sells more
 * readily than it buys; a short one raises them); the bid is the tick nearest to the centre less half the
 * spread (an exact half rounds up) and the ask is exactly {@code spreadTicks} above it, so the quote is
 * always as wide as asked and never crosses itself. Each side is quoted for at most the room the position limit
 * leaves it: the bid for what the desk may still buy before it is {@code maxPositionLots} long, the ask for what it may
 * still sell before it is as short; a side with no room is pulled, so the quoter alone never takes the desk past
 * its limit (a position already past it, traded by hand, is only ever reduced).
 *
 * @param spreadTicks ask less bid, in ticks, at least 1
 * @param lots the size of each side
 * @param skewTicksPerLot how far the centre leans per lot of inventory, in ticks, 0 for none
 * @param requoteTicks how far the fair value must move from the one the quote was made at before the quote moves
 * @param maxPositionLots the most the quoter may leave the desk long, or short, at least 1
 */
public record QuoteRules(long spreadTicks, long lots, double skewTicksPerLot, double requoteTicks,
                         long maxPositionLots) {

    public QuoteRules {
        if (spreadTicks < 1) {
            throw new IllegalArgumentException(Texts.format("autoquote.rule.spread", spreadTicks));
        }
        // No quote can be wider than the highest price, nor larger than an order: past them the ask's sum overflowed
        // in English on the FX thread instead of naming the field.
        if (spreadTicks > ContractSpec.MAX_PRICE_TICKS) {
            throw new IllegalArgumentException(Texts.format("autoquote.rule.spread-max", spreadTicks,
                    ContractSpec.MAX_PRICE_TICKS));
        }
        if (lots < 1) {
            throw new IllegalArgumentException(Texts.format("autoquote.rule.size", lots));
        }
        if (lots > ContractSpec.MAX_ORDER_LOTS) {
            throw new IllegalArgumentException(Texts.format("autoquote.rule.size-max", lots, ContractSpec.MAX_ORDER_LOTS));
        }
        if (!(skewTicksPerLot >= 0) || Double.isInfinite(skewTicksPerLot)) {
            throw new IllegalArgumentException(Texts.format("autoquote.rule.skew", String.valueOf(skewTicksPerLot)));
        }
        if (!(requoteTicks > 0) || Double.isInfinite(requoteTicks)) {
            throw new IllegalArgumentException(Texts.format("autoquote.rule.requote", String.valueOf(requoteTicks)));
        }
        if (maxPositionLots < 1) {
            throw new IllegalArgumentException(Texts.format("autoquote.rule.limit", maxPositionLots));
        }
        // A position is a long: past this a side's room (the limit less the position) would overflow.
        if (maxPositionLots > ContractSpec.MAX_ORDER_LOTS) {
            throw new IllegalArgumentException(Texts.format("autoquote.rule.limit-max", maxPositionLots,
                    ContractSpec.MAX_ORDER_LOTS));
        }
    }

    /**
     * The quote at {@code fairTicks} holding {@code position} lots (long &gt; 0).
     * @throws CannotQuote when the bid would fall below one tick
     */
    public TwoSidedQuote quoteAt(double fairTicks, long position) {
        double centre = fairTicks - skewTicksPerLot * position;
        long bid = (long) Math.floor(centre - spreadTicks / 2.0 + 0.5);
        if (bid < 1) {
            throw new CannotQuote(Texts.format("autoquote.bid-below-tick", bid, fairTicks, spreadTicks, centre,
                    position));
        }
        return new TwoSidedQuote(bid, Math.addExact(bid, spreadTicks), room(maxPositionLots - position),
                room(maxPositionLots + position));
    }

    /** The lots a side may quote with {@code room} lots left before the limit: none when there is none. */
    private long room(long room) {
        return Math.max(0, Math.min(lots, room));
    }

    /**
     * Whether a quote made at {@code last} must move: there is none yet, the position changed (a fill: lean
     * against the new inventory), or the fair value moved by at least {@code requoteTicks}.
     */
    public boolean needsRequote(QuotedAt last, double fairTicks, long position) {
        return last == null || last.position() != position || Math.abs(fairTicks - last.fairTicks()) >= requoteTicks;
    }
}
