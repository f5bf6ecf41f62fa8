/**
 * JMH benchmarks of the insurance pricers on one core: outage-cover premiums by Panjer
 * recursion and by Monte Carlo, price-spike covers by the closed-form strip and by Monte Carlo.
 * Measurement only; nothing here is used by the desk.
 */
package com.suanli.bench.insurance;
