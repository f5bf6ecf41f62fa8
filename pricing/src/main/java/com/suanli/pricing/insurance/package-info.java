/**
 * Compute insurance: outage / failed-delivery cover (frequency fitted to an outage history,
 * severity in lost GPU-hours priced at a replacement cost that rises with market tightness,
 * aggregate loss by Panjer recursion and by Monte Carlo, premium principles, VaR/TVaR) and
 * the price-spike cover on the daily index. Contracts here are plain terms; market and model
 * inputs travel separately and every pricer is stateless. Nothing here touches a curve
 * builder, an order book or the disk.
 */
package com.suanli.pricing.insurance;
