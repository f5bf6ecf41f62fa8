/**
 * The desk database itself: where it is ({@link com.suanli.data.store.StoreAddress}, a local H2 file
 * or a served one), opening it with its schema migrated by Flyway and every piece of work in one
 * transaction ({@link com.suanli.data.store.DeskStore}), the optional file key of an encrypted
 * database, the TCP server a desk of several workstations shares, backup and restore, and the plain
 * JDBC the repositories share ({@link com.suanli.data.store.Sql}).
 *
 * <p>The schema's scripts are resources under {@code migration/}: a released script is never edited,
 * a change is a new version. What the tables mean is the business of the feature packages beside this
 * one ({@code data.listing}, {@code data.firm}, {@code data.trading}, ...), never of this package.
 */
package com.suanli.data.store;
