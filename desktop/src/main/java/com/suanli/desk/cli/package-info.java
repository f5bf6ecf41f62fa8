/**
 * The command line ({@code ./desk <command>}): commands that print to the streams they are given and
 * return an exit code. Nothing here may start the JavaFX toolkit.
 */
package com.suanli.desk.cli;
