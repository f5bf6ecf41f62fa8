/**
 * JSON formats of pricing and risk, read and written with Jackson: scenario sets, the batch
 * price and risk requests and their results (docs/SCENARIOS.md, docs/BATCH.md). Readers name
 * the JSON path and the reason of every bad value ({@link com.suanli.data.pricing.BadInputException});
 * no pricing happens here.
 */
package com.suanli.data.pricing;
