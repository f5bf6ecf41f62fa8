/**
 * JMH benchmarks of the market-data structures: depth updates against a TreeMap depth as the
 * comparison, and trades into the tape and bars. Benchmarks only: nothing here is used by the product.
 */
package com.suanli.bench.marketdata;
