/**
 * The matching engine: one deterministic state machine that validates commands, drives the
 * order books, sessions, auctions, stops, quotes and self-trade prevention, and publishes
 * every outcome as sequenced events with market data. Hooks for later layers live here
 * ({@link com.suanli.exchange.engine.PreTradeCheck}, the event sink). Nothing here reads a
 * clock, does I/O, or knows about databases, JSON or the UI.
 */
package com.suanli.exchange.engine;
