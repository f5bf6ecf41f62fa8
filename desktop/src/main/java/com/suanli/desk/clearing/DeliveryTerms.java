package com.suanli.desk.clearing;

import com.suanli.exchange.listing.Hub;

/**
 * The month's delivery terms of a product at a hub.
 *
 * @param product the product code
 * @param hub the hub
 * @param milliWhPerUnit energy per unit delivered, milliwatt-hours
 * @param gridGramsPerMwh the hub's grid emission factor, grams of CO2 per MWh
 */
record DeliveryTerms(String product, Hub hub, long milliWhPerUnit, long gridGramsPerMwh) {
}
