package com.suanli.exchange.delivery;

/** A provider (short) and a consumer (long), by the clearing house's account index, paired for {@code lots}. */
public record DeliveryPair(int provider, int consumer, long lots) {
}
