package com.suanli.exchange.delivery;

/**
 * An account's delivered energy and carbon, for its statement. As a consumer: the facility energy
 * behind the units delivered to it, the part that was green, the renewable certificates it
 * received, and its emissions location-based (energy x the hub grid's factor) and market-based
 * (green energy is matched by certificates and counts zero, GHG Protocol Scope 2). As a provider:
 * the energy it delivered and the certificates it surrendered with green capacity.
 *
 * @param receivedMilliWh energy of the units delivered to the account, mWh
 * @param greenReceivedMilliWh the part of it from green contracts, mWh
 * @param certificatesReceived whole certificates (1 MWh each) transferred to it
 * @param locationBasedGrams grams CO2e of all its received energy at the hubs' grid factors
 * @param marketBasedGrams grams CO2e of its received energy not matched by certificates
 * @param providedMilliWh energy of the units it delivered, mWh
 * @param certificatesSurrendered certificates it transferred to its consumers
 */
public record EnergyStatement(long account, long receivedMilliWh, long greenReceivedMilliWh,
                              long certificatesReceived, long locationBasedGrams, long marketBasedGrams,
                              long providedMilliWh, long certificatesSurrendered) {
}
