/**
 * The desk's record of compute monitoring: each hub's readings (capacity, GPUs online and busy,
 * occupancy, service quality) and its outages, as a monitoring feed reports them, kept so the
 * workstation can show them after a restart and the insurance pricer can fit outage frequencies to them.
 */
package com.suanli.data.monitoring;
