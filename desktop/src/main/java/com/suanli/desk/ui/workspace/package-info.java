/**
 * The workspaces (trading, risk) and the panels they lay out. A feature plugs its view into a panel
 * through {@link com.suanli.desk.ui.workspace.PanelViews}; a panel nobody fills shows an empty state
 * that says what will appear there. Each workspace declares its standard arrangement in
 * {@link com.suanli.desk.ui.workspace.Workspace}; the user docks the panels elsewhere (BentoFX), and the
 * arrangement is kept per user in the database ({@link com.suanli.desk.ui.workspace.LayoutKeeper}).
 *
 * <p>Layout only: no feature logic, no view-model of a feature, no menu or status bar (those are the shell's).
 */
package com.suanli.desk.ui.workspace;
