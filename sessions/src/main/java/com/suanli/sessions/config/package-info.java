/**
 * The session configuration: what is listed, the fundamental and monitoring parameters per product
 * and hub, the clearing terms, the clock, the agent groups, the scheduled price shocks and the
 * user's account, as validated records; and
 * {@link com.suanli.sessions.config.SessionConfigJson}, which reads the documented JSON format
 * (docs/SESSIONS.md) and refuses a bad file whole with the JSON path of each problem. Nothing here
 * runs a session.
 */
package com.suanli.sessions.config;
