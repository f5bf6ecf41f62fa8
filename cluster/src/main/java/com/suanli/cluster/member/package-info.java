/**
 * One member of the replicated exchange (docs/CLUSTER.md): its configuration and the launcher that
 * starts its media driver, archive, consensus module and the exchange service; {@code LocalCluster}
 * runs three on one machine, each its own JVM, for the failover tests.
 */
package com.suanli.cluster.member;
