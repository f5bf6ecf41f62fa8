package com.suanli.desk.ui.autoquote;

import java.util.Locale;

/**
 * How the auto-quoter quotes around a fair value. The quote's centre is the fair value less
 * {@code skewTicksPerLot} for each lot held (a long position lowers both sides, so the desk sells more
 * readily than it buys; a short one raises them); the bid is the tick nearest to the centre less half the
 * spread (an exact half rounds up) and the ask is exactly {@code spreadTicks} above it, so the quote is
 * always as wide as asked and never crosses itself.
 *
 * @param spreadTicks ask less bid, in ticks, at least 1
 * @param lots the size of each side
 * @param skewTicksPerLot how far the centre leans per lot of inventory, in ticks, 0 for none
 * @param requoteTicks how far the fair value must move from the one the quote was made at before the quote moves
 */
public record QuoteRules(long spreadTicks, long lots, double skewTicksPerLot, double requoteTicks) {

    public QuoteRules {
        if (spreadTicks < 1) {
            throw new IllegalArgumentException("spread: must be at least 1 tick, was " + spreadTicks);
        }
        if (lots < 1) {
            throw new IllegalArgumentException("size: must be at least 1 lot, was " + lots);
        }
        if (!(skewTicksPerLot >= 0) || Double.isInfinite(skewTicksPerLot)) {
            throw new IllegalArgumentException("skew: must be 0 or more ticks per lot, was " + skewTicksPerLot);
        }
        if (!(requoteTicks > 0) || Double.isInfinite(requoteTicks)) {
            throw new IllegalArgumentException("requote: must be more than 0 ticks, was " + requoteTicks);
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
            throw new CannotQuote(String.format(Locale.ROOT,
                    "the bid would be %d ticks: fair value %.2f ticks, spread %d, centre %.2f for %+d lots", bid,
                    fairTicks, spreadTicks, centre, position));
        }
        return new TwoSidedQuote(bid, Math.addExact(bid, spreadTicks), lots);
    }

    /**
     * Whether a quote made at {@code last} must move: there is none yet, the position changed (a fill: lean
     * against the new inventory), or the fair value moved by at least {@code requoteTicks}.
     */
    public boolean needsRequote(QuotedAt last, double fairTicks, long position) {
        return last == null || last.position() != position || Math.abs(fairTicks - last.fairTicks()) >= requoteTicks;
    }
}
