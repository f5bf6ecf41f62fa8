/**
 * Compute monitoring (算力监测) in the workstation: the providers' occupancy per hub over time, a live
 * table of the hubs (capacity, online, occupancy, service quality, outages under way) and the outage log,
 * from the live session's monitoring feed as the desk keeps it in its database.
 */
package com.suanli.desk.ui.monitoring;
