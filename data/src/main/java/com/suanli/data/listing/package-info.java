/**
 * The catalogue in the desk database: the listing plan it was made from (kept as its
 * {@code suanli-catalogue/1} document, so it can be exported as it was imported) and the products and
 * contracts as rows, for the views and for the engine's next start. The listing rules are
 * {@code com.suanli.exchange.listing}'s; the file format is {@code com.suanli.data.catalogue}'s.
 */
package com.suanli.data.listing;
