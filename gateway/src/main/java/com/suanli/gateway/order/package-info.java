/**
 * Orders and quotes through FIX (docs/FIX.md): new orders, cancels, replaces and mass cancels in as engine
 * commands, the engine's order events out as execution reports ({@link com.suanli.gateway.order.OrderDesk});
 * market makers' mass quotes and requests for quotes ({@link com.suanli.gateway.order.QuoteDesk}). Each
 * refusal made here (an unknown symbol, a role, a limit) happens before the exchange sees the command.
 */
package com.suanli.gateway.order;
