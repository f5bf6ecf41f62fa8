/**
 * The gateway's port to the exchange (docs/FIX.md, "Inside"): {@link com.suanli.gateway.entry.OrderEntry}
 * takes commands waiting for their stamp and gives events (with the end of each batch), the catalogue and a seed
 * of the books and working orders;
 * {@link com.suanli.gateway.entry.HostOrderEntry} is its adapter over the in-process exchange host,
 * {@link com.suanli.gateway.entry.ClusterOrderEntry} over the replicated exchange, through the cluster's
 * client and a mirror of the engine (docs/FIX.md, "Over the replicated exchange").
 */
package com.suanli.gateway.entry;
