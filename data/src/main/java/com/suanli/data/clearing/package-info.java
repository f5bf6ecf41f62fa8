/**
 * What clearing keeps for each account: positions in lots, the cash ledger (every movement of money,
 * booked once), margin requirements by business date, and the settlement prices they were marked at.
 * The clearing rules themselves (how margin or variation is computed) are not here: this package
 * keeps their results.
 */
package com.suanli.data.clearing;
