package com.suanli.sessions.report;

/**
 * One account's P&amp;L as the event stream tells it, in fen: its net lots and the signed cost of its
 * trades (ticks x lots) per contract, so any set of marks prices its trading P&amp;L; the fees it paid
 * less its rebates; the delivery penalties it received less those it paid; its margin calls and defaults.
 */
final class AccountPnl {

    private final long[] lots;
    private final long[] cost;
    long feesFen;
    long penaltiesFen;
    long marginCalls;
    long defaults;

    AccountPnl(int maxInstrumentId) {
        lots = new long[maxInstrumentId + 1];
        cost = new long[maxInstrumentId + 1];
    }

    void bought(int instrumentId, long quantity, long price) {
        lots[instrumentId] += quantity;
        cost[instrumentId] += quantity * price;
    }

    void sold(int instrumentId, long quantity, long price) {
        lots[instrumentId] -= quantity;
        cost[instrumentId] -= quantity * price;
    }

    /**
     * The positions in the contracts {@code counted} admits marked to {@code marks} (ticks) less what
     * their trades cost, fen; {@code tickValues} in fen a tick a lot.
     */
    long tradingFen(long[] marks, long[] tickValues, boolean[] counted) {
        long pnl = 0;
        for (int id = 0; id < lots.length; id++) {
            if (counted[id]) {
                pnl += (lots[id] * marks[id] - cost[id]) * tickValues[id];
            }
        }
        return pnl;
    }
}
