/**
 * The practice desk of a day the exchange is shut (a weekend, a public holiday): a second exchange of its own,
 * on a database in memory, its clock moved to the day the exchange opens again, where the simulated market and
 * the trader trade a practice account. Nothing of it reaches the desk's database: the real exchange's journal,
 * its clock and its accounts are as the last trading day left them.
 *
 * <p>No JavaFX here: the window labels the practice desk (com.suanli.desk.ui).
 */
package com.suanli.desk.practice;
