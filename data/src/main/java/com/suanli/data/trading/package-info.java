/**
 * What the exchange sequenced, as the desk keeps it: orders with the history of their states, trades,
 * and the market sessions' changes, each keyed by the engine's ids and sequence numbers, so that a
 * recorder of the event stream ({@link com.suanli.data.trading.TradingRecorder}) writes them as they
 * come and a sequence can never be kept twice; {@link com.suanli.data.trading.ClearingRecorder} books the
 * clearing house's cash movements and index values beside them. {@link com.suanli.data.trading.EventRecorder}
 * subscribes both to the exchange host, commits at the end of each burst with its progress, and catches the
 * tables up from the journal at start. The engine's rules are not repeated here: these are
 * the engine's events, written down.
 */
package com.suanli.data.trading;
