/**
 * Orders and quotes through FIX (docs/FIX.md): new orders, cancels, replaces and mass cancels in as engine
 * commands, the engine's order events out as execution reports written straight as FIX text
 * ({@link com.suanli.gateway.order.OrderDesk}); market makers' mass quotes and requests for quotes
 * ({@link com.suanli.gateway.order.QuoteDesk}). Each refusal made here (an unknown symbol, a role, a limit)
 * happens before the exchange sees the command. The orders' FIX names may be kept in a register file, so that a
 * restarted gateway takes back the ones still working at the exchange.
 */
package com.suanli.gateway.order;
