/**
 * JSON files of the pricing library, read and written with Jackson: parameter files (green
 * parameters, hardware ratings), scenario sets, and the batch price and risk requests with
 * their results (docs/SCENARIOS.md, docs/BATCH.md). Every bad file is refused whole with an
 * exception naming the JSON path and the reason ({@link com.suanli.data.pricing.ParameterFileException}
 * for parameter files, {@link com.suanli.data.pricing.BadInputException} for scenarios and
 * requests). Only parsing lives here; what the values mean is the pricing module's business.
 */
package com.suanli.data.pricing;
