/**
 * One member of the replicated exchange (docs/CLUSTER.md): its configuration and the launcher that
 * starts its media driver, archive, consensus module and the exchange service.
 */
package com.suanli.cluster.member;
