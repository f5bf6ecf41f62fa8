package com.suanli.desk.ui.chart;

import java.util.List;

/**
 * Where a chart finds the trades that happened before the desk started listening: the recorded trades
 * table on the desk ({@link DatabaseTradeArchive}). Called off the FX thread.
 */
@FunctionalInterface
public interface TradeArchive {

    /** An archive with nothing in it: a desk without a database. */
    TradeArchive NONE = (instrumentId, newest) -> List.of();

    /** The newest {@code newest} recorded trades of one instrument, oldest first. */
    List<ArchivedTrade> trades(int instrumentId, int newest);
}
