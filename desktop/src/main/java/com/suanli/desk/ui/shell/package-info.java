/**
 * The workstation's frame: title, menu bar, workspace switch and status bar, with the About and
 * keyboard-shortcut dialogs. {@link com.suanli.desk.ui.shell.ShellViewModel} holds the state and never a
 * {@code Node}; {@link com.suanli.desk.ui.shell.ShellView} binds to it.
 *
 * <p>What goes inside the workspaces belongs to {@code ui.workspace} and the feature packages, not here.
 */
package com.suanli.desk.ui.shell;
