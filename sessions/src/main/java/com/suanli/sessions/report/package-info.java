/**
 * The session report: what a session did, folded from its event stream and the market and fair
 * values at each step (volume, spread, price against fair value, the index path, settlement and
 * final prices, P&amp;L by agent type and for the user, margin calls, defaults, deliveries), written
 * as JSON ({@code suanli-session-report/1}, docs/SESSIONS.md) and drawn as PNG charts.
 */
package com.suanli.sessions.report;
