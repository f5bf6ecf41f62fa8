/**
 * Timing of simulated sessions headless (docs/BENCHMARKS.md, "Simulated sessions"): whole sessions
 * with their agents, and the same sessions' commands replayed into a bare engine for comparison.
 */
package com.suanli.bench.sessions;
