/**
 * The exchange as an Aeron Cluster service (docs/CLUSTER.md): the deterministic state machine every
 * member runs over the cluster log, its snapshot, the {@code ClusteredService} that feeds it, and the
 * history of applied messages the leader sends to the clients that follow the feed.
 */
package com.suanli.cluster.service;
