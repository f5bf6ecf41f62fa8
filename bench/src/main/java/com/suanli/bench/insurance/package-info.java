/**
 * JMH benchmarks of the insurance pricers: outage-cover premiums by Panjer recursion and by
 * Monte Carlo on one core. Measurement only; nothing here is used by the desk.
 */
package com.suanli.bench.insurance;
