/**
 * The market watch: every listed instrument in one read-only table, filtered by product, hub, green tag
 * and delivery month. {@link com.suanli.desk.ui.marketwatch.MarketWatchViewModel} holds the rows, the
 * filter and the formatting, and never a {@code Node}; {@link com.suanli.desk.ui.marketwatch.MarketWatchView}
 * binds to it. Choosing a row sets the workstation's {@link com.suanli.desk.ui.link.InstrumentLink}.
 *
 * <p>No engine calls here: the view-model is handed the catalogue once the exchange has started.
 */
package com.suanli.desk.ui.marketwatch;
