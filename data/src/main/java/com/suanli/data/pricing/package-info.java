/**
 * JSON parameter files of the pricing library (green parameters, hardware ratings), read and
 * written with Jackson. Every bad file is refused whole with a {@link
 * com.suanli.data.pricing.ParameterFileException} naming the file, the JSON path and the
 * reason. Only parsing lives here; what the values mean is the pricing module's business.
 */
package com.suanli.data.pricing;
