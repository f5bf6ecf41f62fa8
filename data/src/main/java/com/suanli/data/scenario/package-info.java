/**
 * Scenario sets in the desk database, kept as their documents (docs/SCENARIOS.md, read and written by
 * {@code com.suanli.data.pricing.ScenarioSetJson}, so a stored set means exactly what the file meant),
 * and the P&amp;L of every scenario of each run. What a scenario does to a market is pricing's business.
 */
package com.suanli.data.scenario;
