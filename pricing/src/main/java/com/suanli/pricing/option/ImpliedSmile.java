package com.suanli.pricing.option;

import com.suanli.pricing.market.VolSmile;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Builds a {@link VolSmile} from option premiums quoted at strikes for one expiry, by
 * inverting Black-76 at each strike. Quotes outside the no-arbitrage bounds fail with the
 * strike named; nothing is dropped silently.
 */
public final class ImpliedSmile {

    private ImpliedSmile() {
    }

    /**
     * @param expiry      expiry date of the options (the smile's key)
     * @param putCall     right of every quoted option (use out-of-the-money quotes in practice)
     * @param forward     futures price of the underlying delivery month
     * @param timeToExpiry years to expiry (ACT/365F)
     * @param rate        continuously compounded discount rate
     * @param strikes     strictly increasing strikes
     * @param premiums    premium per unit at each strike
     */
    public static VolSmile fromPremiums(LocalDate expiry, PutCall putCall, double forward, double timeToExpiry, double rate,
            double[] strikes, double[] premiums) {
        Objects.requireNonNull(strikes, "strikes: must not be null");
        Objects.requireNonNull(premiums, "premiums: must not be null");
        if (strikes.length != premiums.length) {
            throw new IllegalArgumentException("premiums: need one per strike, had " + premiums.length + " for "
                    + strikes.length + " strikes");
        }
        double[] vols = new double[strikes.length];
        for (int i = 0; i < strikes.length; i++) {
            try {
                vols[i] = Black76.DEFAULT.impliedVolatility(putCall, forward, strikes[i], timeToExpiry, rate, premiums[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("premiums: quote at strike " + strikes[i] + " has no implied vol: "
                        + e.getMessage(), e);
            }
        }
        return VolSmile.of(expiry, strikes, vols);
    }
}
