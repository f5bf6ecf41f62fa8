package com.suanli.pricing.option;

/** The right an option gives: to buy (call) or to sell (put) at the strike. */
public enum PutCall {
    CALL,
    PUT;

    public boolean isCall() {
        return this == CALL;
    }

    /** +1 for a call, -1 for a put: the payoff is max(sign * (underlying - strike), 0). */
    public double sign() {
        return this == CALL ? 1.0 : -1.0;
    }

    /** The payoff at expiry for one unit. */
    public double payoff(double underlying, double strike) {
        return Math.max(sign() * (underlying - strike), 0.0);
    }
}
