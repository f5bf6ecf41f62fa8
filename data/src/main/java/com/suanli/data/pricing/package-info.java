/**
 * JSON files of the pricing library, read and written with Jackson: parameter files (green
 * parameters, hardware ratings), scenario sets, and the batch price and risk requests with
 * their results (docs/SCENARIOS.md, docs/BATCH.md). Every bad file is refused whole at its first
 * problem with a {@link com.suanli.data.json.JsonReadException} naming the file (where known), the
 * JSON path and the reason. Only what the documents mean lives here: the strict reading itself is
 * {@code com.suanli.data.json}'s, and what the values mean is the pricing module's business.
 */
package com.suanli.data.pricing;
