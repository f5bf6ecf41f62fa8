/**
 * JMH benchmarks of scenario risk: full revaluation of a book under many scenarios. Fixtures are
 * built from seeded generators so every run values the same book; no assertions live here.
 */
package com.suanli.bench.risk;
