/**
 * The seeded clearing month ({@code ./desk clearing-month}): a scripted month of trading, daily
 * settlements, index fixings, a margin call, a default and expiries on an engine with the clearing
 * house inside, whose statements reconcile to the ledger (docs/CLEARING-MONTH.md).
 */
package com.suanli.desk.clearing;
