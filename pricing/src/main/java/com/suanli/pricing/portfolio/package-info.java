/**
 * The positions a book holds, each a trade's terms plus the pricer that values it against a
 * {@link com.suanli.pricing.risk.Market}: futures, options on futures, average-price options,
 * insurance covers and green contracts. Positions only adapt: the models live in the product
 * packages ({@code option}, {@code future}, {@code insurance}, {@code green}), never here.
 */
package com.suanli.pricing.portfolio;
