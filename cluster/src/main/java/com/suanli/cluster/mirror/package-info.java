/**
 * A client's own copy of the replicated exchange (docs/CLUSTER.md, "The feed"): {@link
 * com.suanli.cluster.mirror.ClusterMirror} follows the members' feed, either applying their commands to the same
 * deterministic engine (the connected workstation: every event, the books, every question) or handing on the events
 * the members made (the FIX gateway: no engine run, a seed from a whole state), and acknowledges the client's
 * commands with their very events. {@link com.suanli.cluster.mirror.MirroredExchange} pairs it with the client
 * that sends the commands: the FIX gateway's order entry and the connected workstation stand on it.
 */
package com.suanli.cluster.mirror;
