/**
 * A client's own copy of the replicated exchange (docs/CLUSTER.md, "The feed"): {@link
 * com.suanli.cluster.mirror.ClusterMirror} applies the members' feed to the same deterministic engine, so
 * the client gets every event, the books and its commands' acknowledgements locally, identical to the
 * members'. {@link com.suanli.cluster.mirror.MirroredExchange} pairs it with the client that sends the
 * commands: the FIX gateway's order entry and the connected workstation stand on it.
 */
package com.suanli.cluster.mirror;
