/**
 * A simulated session trading live on the desk's exchange: the sessions module's agents submit through
 * the {@code DeskExchange} and hear its events, in real time on the desk's wall clock
 * (docs/DESK-EXCHANGE.md, "The live market"); recorded in the database as it runs ({@code DeskRecording}), its
 * monitoring kept ({@code MonitoringRecorder}) and the stored monitoring recalled for its insurer's fit
 * ({@code StoredOutages}).
 */
package com.suanli.desk.simulation;
