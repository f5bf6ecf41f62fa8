/**
 * The clearing house: firms and accounts (members' and the exchange's own), the double-entry
 * cash ledger in fen whose entries go out as {@code CashMoved} events, positions with average
 * cost and realised P&amp;L, per-product maker/taker fees, variation margin at each settlement,
 * and the orchestration of portfolio margin, settlement prices, the spot index, expiry and
 * delivery. One
 * deterministic state machine for the sequencer to own: time only from commands, no
 * {@code double}, checked arithmetic, primitive arrays and maps on the trade path, every walk in
 * a fixed order. It publishes through {@link com.suanli.exchange.clearing.ClearingEvents} and
 * never calls the engine.
 */
package com.suanli.exchange.clearing;
