/**
 * The Sessions workspace: the simulated sessions recorded in the database listed, one opened and replayed
 * read-only (its contracts, the ladder and price of the chosen one, at any moment: a time slider to scrub,
 * play and pause at a speed, each seek run off the FX thread with its progress), and its report's figures and
 * charts (docs/SESSIONS.md, "Recording and replay"; docs/workstation.md).
 */
package com.suanli.desk.ui.replay;
