/**
 * A simulated session trading live on the desk's exchange: the sessions module's agents submit through
 * the {@code DeskExchange} and hear its events, in real time on the desk's wall clock
 * (docs/DESK-EXCHANGE.md, "The live market").
 */
package com.suanli.desk.simulation;
