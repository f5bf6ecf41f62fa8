/**
 * The order ticket (every order type and time in force of the engine) and the quote ticket (a market
 * maker's two-sided quote in one action) for the linked instrument. What the trader typed is read here, and
 * a field that cannot be read stops the send with its label and the reason; the exchange judges the rest.
 *
 * <p>View-models hold no {@code Node}; the exchange's rules stay in the engine.
 */
package com.suanli.desk.ui.ticket;
