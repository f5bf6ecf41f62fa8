/**
 * The session's exchange and what agents may know of it: {@link com.suanli.sessions.market.SessionListing}
 * lists the configured products and hubs, {@link com.suanli.sessions.market.SessionExchange} builds an
 * engine with its clearing house over them, {@link com.suanli.sessions.market.MarketView} is the public
 * market rebuilt from the event stream alone. No agent logic and no randomness here.
 */
package com.suanli.sessions.market;
