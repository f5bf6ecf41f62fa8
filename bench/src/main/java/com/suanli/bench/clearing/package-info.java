/**
 * Cost of the clearing house: a fill with its positions, fees, ledger and incremental margin,
 * and the end-of-day settlement of a whole market. Measurement only: never on the test path,
 * nothing here is used by the product.
 */
package com.suanli.bench.clearing;
