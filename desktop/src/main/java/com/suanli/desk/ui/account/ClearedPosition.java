package com.suanli.desk.ui.account;

/**
 * The account's position in one instrument as clearing last published it ({@code PositionChanged}).
 *
 * @param netLots long &gt; 0, short &lt; 0
 * @param openCost ticks x lots of the open lots, signed like the position (average cost method)
 * @param realisedFen P&amp;L realised by closing lots, fen
 */
record ClearedPosition(int instrumentId, long netLots, long openCost, long realisedFen) {
}
