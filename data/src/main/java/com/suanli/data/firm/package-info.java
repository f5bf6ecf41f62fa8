/**
 * Who trades at the desk: firms, their accounts (keyed by the engine's account id) and the users who
 * log in, with their passwords kept only as salted PBKDF2 hashes ({@link com.suanli.data.firm.PasswordHasher}),
 * their roles ({@link com.suanli.data.firm.UserRole}) and the accounts each trades. {@link com.suanli.data.firm.UserDirectory}
 * changes users in checked transactions and starts a fresh desk with its first user.
 * {@link com.suanli.data.firm.CommandAccess} says which commands each role may send, for every port that
 * signs users in (the workstation's sessions, the FIX gateway).
 * {@link com.suanli.data.firm.FirmRecorder} writes the exchange's own firms and accounts, from its events, into a
 * reporting database's tables (a cluster member's read models), never into a desk's own.
 * Margin, positions and cash of an account belong to {@code com.suanli.data.clearing}.
 */
package com.suanli.data.firm;
