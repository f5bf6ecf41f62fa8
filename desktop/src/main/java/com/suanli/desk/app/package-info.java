/**
 * The application's wiring and its entry point: {@link com.suanli.desk.app.Desk} hands the arguments to
 * the command line, which opens the workstation when no command is given; for the window it builds what
 * the workstation needs (version, the database and the catalogue it holds, the exchange clock, how the
 * exchange starts and the worker it starts on) before handing it to the UI.
 *
 * <p>Nothing here draws a node or holds trading logic: views live in {@code com.suanli.desk.ui},
 * commands in {@code com.suanli.desk.cli}, the trade itself in the other modules.
 */
package com.suanli.desk.app;
