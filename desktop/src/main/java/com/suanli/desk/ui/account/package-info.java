/**
 * The account panel: what a futures trader watches of the account the desk trades, as the clearing house
 * publishes it: positions per instrument with average price, realised P&amp;L and unrealised P&amp;L marked to
 * the market as it moves, cash, initial and maintenance margin, the margin held and the free cash, and margin
 * calls with their amount, deadline and whether they were met.
 *
 * <p>{@link com.suanli.desk.ui.account.ClearedAccount} folds clearing's events of one account (no JavaFX);
 * {@link com.suanli.desk.ui.account.AccountViewModel} follows the trading desk's event batches and shows the
 * account on the FX thread; {@link com.suanli.desk.ui.account.AccountView} draws it.
 */
package com.suanli.desk.ui.account;
