/**
 * Simulated sessions recorded in the desk database for replay and export (docs/SESSIONS.md,
 * "Recording and replay"): each session's configuration, seed, status and totals, the commands it
 * sent as the journal encodes them, the engine's snapshots along the way, its summary and report.
 * The bytes are the engine's formats; what they mean is the sessions module's.
 */
package com.suanli.data.session;
