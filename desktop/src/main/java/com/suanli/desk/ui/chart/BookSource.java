package com.suanli.desk.ui.chart;

import com.suanli.exchange.marketdata.DepthSnapshot;
import java.util.Optional;

/**
 * The exchange's book of an instrument as a snapshot, from the desk's read models ({@code DeskMarket.depth}):
 * what rests in the book before the depth chart heard any change to it, such as the orders a restarted desk
 * recovered. Its sequence is the instrument's depth sequence, which the depth events continue. FX thread;
 * must not block.
 */
@FunctionalInterface
public interface BookSource {

    /** No snapshots: the chart starts from the depth events alone. */
    BookSource NONE = instrumentId -> Optional.empty();

    /** The book's levels, best first, or empty when there is no read model (yet). */
    Optional<DepthSnapshot> depth(int instrumentId);
}
