/**
 * Compute insurance policies the desk holds or wrote: outage covers and price-spike caps, with the
 * cover's terms kept as the trade object of docs/BATCH.md, so that a policy can be valued by the same
 * reader a batch request uses. Pricing a policy is {@code com.suanli.pricing.insurance}'s business.
 */
package com.suanli.data.insurance;
