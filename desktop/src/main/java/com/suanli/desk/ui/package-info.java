/**
 * The JavaFX workstation: the {@code Application}, what it is started with, starting the exchange
 * behind the window ({@link com.suanli.desk.ui.EngineLauncher}), and the desk's theme.
 * Features live in sub-packages ({@code ui.shell}, {@code ui.workspace}, {@code ui.marketwatch},
 * {@code ui.ladder}, {@code ui.ticket}, {@code ui.blotter}, {@code ui.hotkey}), each with its view and a
 * view-model that holds no {@code Node}; {@code ui.link} is what links them (the chosen instrument) and
 * {@code ui.trading} what the trading panels share (the order gateway, the events folded into a read model).
 * {@link com.suanli.desk.ui.HostGateway} adapts the order gateway to the desk's exchange host.
 *
 * <p>No trading logic here: view-models call services passed in by constructor, and the FX thread
 * never waits on the engine or the database.
 */
package com.suanli.desk.ui;
