/**
 * The replicated exchange's client (docs/CLUSTER.md, "The client"): commands in, each acknowledged
 * once a majority of members has it in the log and the leader applied it; and, for a client that asks,
 * the members' feed followed in order without a hole ({@code FeedFollower}, "The feed").
 */
package com.suanli.cluster.client;
