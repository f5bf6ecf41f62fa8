/**
 * Throughput of the full matching engine (validation, events, market data) on recorded
 * workloads. Measurement only: never on the test path, nothing here is used by the product.
 */
package com.suanli.bench.engine;
