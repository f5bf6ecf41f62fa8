/**
 * Market data and the catalogue through FIX (docs/FIX.md): depth snapshots and incremental refreshes of
 * depth and trades ({@link com.suanli.gateway.market.MarketDesk}), and the security list
 * ({@link com.suanli.gateway.market.SecurityLists}).
 */
package com.suanli.gateway.market;
