/**
 * The application's wiring and its entry point: {@link com.suanli.desk.app.Desk} decides between the
 * workstation window and the command line, and builds what the workstation needs (version, database
 * location, the exchange clock, how the exchange starts and the worker it starts on) before handing
 * it to the UI.
 *
 * <p>Nothing here draws a node or holds trading logic: views live in {@code com.suanli.desk.ui},
 * commands in {@code com.suanli.desk.cli}, the trade itself in the other modules.
 */
package com.suanli.desk.app;
