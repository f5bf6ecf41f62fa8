/**
 * Sessions recorded in the desk database and replayed (docs/SESSIONS.md, "Recording and replay"): a
 * headless run's commands taped as the journal encodes them, with a snapshot of the engine every
 * {@link com.suanli.sessions.record.SessionRecorder#SNAPSHOT_EVERY} commands, or a live session's from the desk
 * engine's snapshot at its start with every command the desk took ({@code LiveRecording}); a replay cursor that
 * rebuilds the market at any moment from the nearest snapshot and the commands after it; and the
 * export of a recorded session as JSON and CSV.
 */
package com.suanli.sessions.record;
