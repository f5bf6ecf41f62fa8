/**
 * The replicated exchange's client (docs/CLUSTER.md, "The client"): commands in, each acknowledged
 * once a majority of members has it in the log and the leader applied it.
 */
package com.suanli.cluster.client;
