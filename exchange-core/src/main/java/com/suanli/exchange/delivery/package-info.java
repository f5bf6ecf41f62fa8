/**
 * Expiry and delivery: the final price of an expiring contract (the monthly average of the spot
 * index for cash-settled futures), the delivery obligations physical contracts turn into (who
 * delivers how many units to whom, when, at what price, and how far it has got), the exact fen
 * of delivery payments and penalties, the renewable certificates of green deliveries and each
 * account's delivered energy and carbon footprint. Pure rules and bookkeeping in integers: the
 * clearing house moves the cash and publishes the events, this package decides the amounts.
 */
package com.suanli.exchange.delivery;
