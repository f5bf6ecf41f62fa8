/**
 * The exchange as an Aeron Cluster service (docs/CLUSTER.md): the deterministic state machine every
 * member runs over the cluster log, its snapshot, and the {@code ClusteredService} that feeds it.
 */
package com.suanli.cluster.service;
