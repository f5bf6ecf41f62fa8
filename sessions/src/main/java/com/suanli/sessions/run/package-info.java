/**
 * Running a session: the roster of agents with their accounts, the day loop of the session clock
 * (opening, steps, index fixings, daily settlements, the close), the futures' expiries and the
 * metering of their deliveries, the observers that watch a session from outside, the pacing of a
 * real-time run, the headless run on an engine of its own and its summary with the hash of the
 * whole event stream.
 */
package com.suanli.sessions.run;
