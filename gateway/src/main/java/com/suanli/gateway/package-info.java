/**
 * The FIX 4.4 gateway (docs/FIX.md): {@link com.suanli.gateway.FixGateway} runs a QuickFIX/J acceptor in front
 * of an exchange's order entry ({@link com.suanli.gateway.entry}), signs Logons in against the desk's users
 * and roles, limits each session's message rate and open orders, and closes connections that never log on.
 */
package com.suanli.gateway;
