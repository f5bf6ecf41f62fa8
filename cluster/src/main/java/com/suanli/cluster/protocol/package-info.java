/**
 * The bytes between the replicated exchange's clients and its members (docs/CLUSTER.md, "Messages"):
 * batches of the journal's command encoding under a client's sequence numbers, the outcomes the
 * members answer with, and the state reports.
 */
package com.suanli.cluster.protocol;
