/**
 * The command line ({@code ./desk <command>}) on picocli: {@link com.suanli.desk.cli.DeskCli} builds the
 * commands (price, risk, db-server, backup, restore, import, export, completion, help), turns every
 * refusal into one line and an exit code, and hands a run without a command to the workstation. Commands
 * print to the streams of their {@link com.suanli.desk.cli.CliContext} and return an exit code; the work
 * itself is the other modules'. Nothing here may start the JavaFX toolkit.
 */
package com.suanli.desk.cli;
