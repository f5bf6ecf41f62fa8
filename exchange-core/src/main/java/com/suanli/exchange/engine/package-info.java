/**
 * The matching engine: one deterministic state machine that validates commands, drives the
 * order books, sessions, auctions, stops, quotes and self-trade prevention, and publishes
 * every outcome as sequenced events with market data.
 *
 * <p>{@link com.suanli.exchange.engine.Engine} is the sequencer: it owns the time and the event
 * sequence ({@code EventLog}) and dispatches each command to the desk for it: order entry and
 * amendments ({@code OrderEntry}, with the stateless {@code OrderChecks} and the
 * {@code PreTradeGate}), market makers' quotes ({@code QuoteBook}), sessions, the reference
 * price and the calendar ({@code SessionControl}, {@code CallAuction}), stops
 * ({@code StopBook}, {@code StopTrigger}), the price band ({@code CircuitBreaker}, used by
 * {@code OrderRouter}, which hands orders to the books), timers ({@code ExpiryTimers}) and the
 * public feed ({@code MarketDataPublisher}, fed by each book's {@code BookEvents}). Working
 * orders live in the blotter ({@code WorkingOrders}, found by client order id through
 * {@code ClientOrderIndex}). Hooks for later layers live here
 * ({@link com.suanli.exchange.engine.PreTradeCheck}, the event sink).
 *
 * <p>Nothing here reads a clock, does I/O, or knows about databases, JSON or the UI.
 */
package com.suanli.exchange.engine;
