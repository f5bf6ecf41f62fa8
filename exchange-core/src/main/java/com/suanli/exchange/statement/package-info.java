/**
 * Account statements read from the event stream: each account's cash movements by reason, its
 * positions with realised and unrealised P&amp;L at the settlement prices, its margin and fees,
 * cut per business day. Built from events only (never from the clearing house's state), so the
 * same statements come from a live engine, a journal replay or a remote event feed, and a
 * statement that reconciles with the house's balances proves the ledger of record complete.
 */
package com.suanli.exchange.statement;
