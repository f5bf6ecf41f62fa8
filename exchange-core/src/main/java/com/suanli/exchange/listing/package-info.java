/**
 * The listing vocabulary: compute hubs and their data-centre clusters, compute products and
 * their ratings, contract specifications, the symbol scheme, the instrument catalogue, the
 * strip generator that lists spot and monthly futures, and the business-day calendar with
 * mainland China's public holidays (read once from the data file beside {@link
 * com.suanli.exchange.listing.PublicHolidays}). Immutable values only: no order books, no
 * matching, no JSON, no clock (days are always passed in).
 */
package com.suanli.exchange.listing;
