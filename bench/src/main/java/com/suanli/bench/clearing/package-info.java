/**
 * Cost of the clearing house: a fill with its positions, fees, ledger and incremental margin,
 * the end-of-day settlement of a whole market, the full engine with clearing inside on a mixed
 * workload (throughput, latency, allocation) and the snapshot of an exchange that clears. Measurement only: never on the test path,
 * nothing here is used by the product.
 */
package com.suanli.bench.clearing;
