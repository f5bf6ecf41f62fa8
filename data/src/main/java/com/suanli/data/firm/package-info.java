/**
 * Who trades at the desk: firms, their accounts (keyed by the engine's account id) and the users who
 * log in, with their passwords kept only as salted PBKDF2 hashes ({@link com.suanli.data.firm.PasswordHasher}).
 * Margin, positions and cash of an account belong to {@code com.suanli.data.clearing}.
 */
package com.suanli.data.firm;
