/**
 * The read models of a member that writes them (docs/CLUSTER.md, "Read models"): the desk's event
 * recorder fed from the member's applied events, on its own thread, never holding up the log.
 */
package com.suanli.cluster.readmodel;
