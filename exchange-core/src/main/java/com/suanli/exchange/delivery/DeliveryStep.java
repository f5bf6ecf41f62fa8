package com.suanli.exchange.delivery;

/**
 * What one delivery report moves: fen from the consumer to the provider for the units delivered,
 * fen from the provider to the consumer in penalty for the units failed (either may be 0).
 */
public record DeliveryStep(long payment, long penalty) {
}
