/**
 * The blotter: the trader's working orders (cancel from a row), every order of the session with its status
 * and why it ended, fills, rejects with the exchange's reasons, positions with live P&amp;L and the public
 * tape, all read from the {@code ui.trading} read model.
 *
 * <p>Display only: the figures are the read model's.
 */
package com.suanli.desk.ui.blotter;
