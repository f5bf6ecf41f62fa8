/**
 * The session's fundamental: spot paths of pricing's spot model per product and hub with correlated
 * shocks across a product's hubs ({@link com.suanli.sessions.fundamental.Fundamental}), the compute
 * monitoring of each hub (capacity, occupancy, service quality, random outages:
 * {@link com.suanli.sessions.fundamental.ComputeMonitor}) whose scarcity lifts the spot, and the fair
 * value of every contract from the model's forward curve ({@link com.suanli.sessions.fundamental.FairValues}).
 * Every draw comes from generators handed in, seeded from the session's seed.
 */
package com.suanli.sessions.fundamental;
