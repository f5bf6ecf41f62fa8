/**
 * The price ladder (MD Trader style) of the linked instrument: a fixed column of prices with the market's
 * bid and ask lots, the trader's own orders, the last trade and the volume at each price; click to buy or
 * sell, click an own order to cancel it, drag it to move it.
 *
 * <p>The view-model reads the {@code ui.trading} read model and sends through {@code TraderOrders}; it holds
 * no {@code Node}. No matching or pricing logic here.
 */
package com.suanli.desk.ui.ladder;
