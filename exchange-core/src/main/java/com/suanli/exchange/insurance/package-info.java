/**
 * Compute insurance as a contract on the exchange: outage covers and price-spike caps written
 * between two members at a premium quoted outside the core (the pricing library), the premium
 * and every claim paid through the clearing house's ledger, claims settled automatically from the
 * monitored outages reported to the exchange and from the daily index fixings, and the insurer's
 * limit held back as collateral until the policy ends. Integer fen and ticks, exact formulas,
 * no clock: the clearing house drives {@link com.suanli.exchange.insurance.InsuranceDesk} on the
 * sequencer thread (docs/INSURANCE.md, "The contract on the exchange").
 */
package com.suanli.exchange.insurance;
