/**
 * The gateway's port to the exchange (docs/FIX.md, "Inside"): {@link com.suanli.gateway.entry.OrderEntry}
 * takes commands waiting for their stamp and gives events (with the end of each batch), the catalogue and a seed
 * of the books and working orders;
 * {@link com.suanli.gateway.entry.HostOrderEntry} is its adapter over the in-process exchange host. A
 * replicated exchange's client is a second adapter of the same four methods.
 */
package com.suanli.gateway.entry;
