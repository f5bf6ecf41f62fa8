package com.suanli.sessions.fundamental;

import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.market.SessionListing;
import java.time.LocalDate;

/**
 * The fair value of every listed contract, in ticks, from the fundamental: a spot contract is worth
 * the spot now; a future the spot model's forward price of its delivery month (the mean of the
 * expected daily spots over the month, given the spot now: pricing's {@code SpotModel.futuresPrice});
 * green contracts the listing's green premium more. Refreshed by the clock, not on every step,
 * because a forward price sums a month of closed-form expectations.
 */
public final class FairValues {

    private final SessionListing listing;
    private final Fundamental fundamental;
    private final double[] fair;
    private final HubFundamental[] hubOf;

    public FairValues(SessionListing listing, Fundamental fundamental) {
        this.listing = listing;
        this.fundamental = fundamental;
        this.fair = new double[listing.maxInstrumentId() + 1];
        this.hubOf = new HubFundamental[fair.length];
    }

    /** Recomputes the fair value of every contract trading on {@code today}. */
    public void refresh(LocalDate today) {
        for (ContractSpec spec : listing.contracts()) {
            if (SessionListing.tradesOn(spec, today)) {
                fair[spec.instrumentId()] = value(spec, today);
            }
        }
    }

    private double value(ContractSpec spec, LocalDate today) {
        HubFundamental hub = hubOf(spec);
        double spot = fundamental.spot(hub);
        double cny = spec.kind() == ContractKind.SPOT ? spot
                : hub.model().futuresPrice(today, spot, spec.deliveryMonth(), 0.0);
        if (spec.green()) {
            cny *= listing.greenFactor();
        }
        return cny / spec.tickSize().doubleValue();
    }

    /** The contract's hub, found once: a live listing may list a contract later (its next month). */
    private HubFundamental hubOf(ContractSpec spec) {
        HubFundamental hub = hubOf[spec.instrumentId()];
        if (hub == null) {
            hub = fundamental.hub(spec.product().code(), spec.hub()).orElseThrow();
            hubOf[spec.instrumentId()] = hub;
        }
        return hub;
    }

    /** The fair value in ticks (fractional), 0 before the contract's first refresh. */
    public double ticks(int instrumentId) {
        return fair[instrumentId];
    }

    /** The fair value rounded to a whole tick, at least one. */
    public long wholeTicks(int instrumentId) {
        return Math.max(1, Math.round(fair[instrumentId]));
    }
}
