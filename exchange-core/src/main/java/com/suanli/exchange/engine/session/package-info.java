/**
 * Trading sessions of an instrument: the states and the call-auction price rule. Pure logic
 * over values; the engine drives the transitions and owns the books.
 */
package com.suanli.exchange.engine.session;
