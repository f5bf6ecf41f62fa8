/**
 * Who may send what to the desk's exchange (docs/DESK-EXCHANGE.md, "Users and roles"): signing users in on
 * the desk's database ({@link com.suanli.desk.access.DeskSignIn}), each user's own port to the exchange
 * ({@link com.suanli.desk.access.DeskSession}), whose submit refuses what the user's role may not do
 * ({@link com.suanli.data.firm.CommandAccess}) before the command reaches the host's queue. Hiding a
 * menu is not enforcement: the screens reach the exchange only through a session.
 *
 * <p>No JavaFX here.
 */
package com.suanli.desk.access;
