/**
 * The instrument catalogue as JSON (format {@code suanli-catalogue/1}, see {@code docs/CATALOGUE.md}):
 * reading a listing plan into exchange-core's {@link com.suanli.exchange.listing.ListingStrip}, checked
 * whole through {@code com.suanli.data.json} so one refusal lists every problem with its JSON path,
 * and writing one back. Only the file format lives here: the listing rules themselves belong to
 * {@code com.suanli.exchange.listing}.
 */
package com.suanli.data.catalogue;
