package com.suanli.pricing.option;

import java.util.Arrays;
import java.util.Objects;

/**
 * An option on the equally weighted arithmetic average of n daily prices, in model terms.
 * Each daily price is lognormal around its own forward with one Black volatility and one
 * driving Brownian motion (a fixing at time t has log-variance vol^2 t, and two fixings
 * covary through the earlier one's time): the standard market model for average-price
 * commodity options, where each delivery day has its own forward and nothing is carried.
 *
 * <p>A day already fixed enters with its published value as forward and time 0 (no
 * variance). Fixing times must be non-decreasing and no later than the payment time.
 * Arrays are copied in and out.
 *
 * @param putCall     call or put on the average
 * @param strike      strike price
 * @param forwards    forward price (or published fixing) per averaging day
 * @param fixingTimes years from valuation to each fixing (0 for fixed days)
 * @param vol         Black volatility of the daily price
 * @param expiry      years from valuation to payment (discounting time)
 * @param rate        continuously compounded discount rate
 */
public record AverageOptionInputs(PutCall putCall, double strike, double[] forwards, double[] fixingTimes, double vol,
        double expiry, double rate) {

    public AverageOptionInputs {
        Objects.requireNonNull(putCall, "putCall: must not be null");
        Objects.requireNonNull(forwards, "forwards: must not be null");
        Objects.requireNonNull(fixingTimes, "fixingTimes: must not be null");
        if (!(strike > 0.0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("strike: must be positive and finite, was " + strike);
        }
        if (forwards.length == 0 || forwards.length != fixingTimes.length) {
            throw new IllegalArgumentException("forwards: need at least one fixing and one time per forward, had "
                    + forwards.length + " forwards and " + fixingTimes.length + " times");
        }
        if (!(vol >= 0.0) || Double.isInfinite(vol)) {
            throw new IllegalArgumentException("vol: must be non-negative and finite, was " + vol);
        }
        if (!Double.isFinite(rate)) {
            throw new IllegalArgumentException("rate: must be finite, was " + rate);
        }
        for (int i = 0; i < forwards.length; i++) {
            if (!(forwards[i] > 0.0) || Double.isInfinite(forwards[i])) {
                throw new IllegalArgumentException("forwards: must be positive and finite, was " + forwards[i]
                        + " at fixing " + i);
            }
            if (!(fixingTimes[i] >= 0.0) || (i > 0 && fixingTimes[i] < fixingTimes[i - 1])) {
                throw new IllegalArgumentException("fixingTimes: must be non-negative and non-decreasing, was "
                        + fixingTimes[i] + " at fixing " + i);
            }
        }
        if (!(expiry >= fixingTimes[fixingTimes.length - 1]) || Double.isInfinite(expiry)) {
            throw new IllegalArgumentException("expiry: must be finite and no earlier than the last fixing time "
                    + fixingTimes[fixingTimes.length - 1] + ", was " + expiry);
        }
        forwards = forwards.clone();
        fixingTimes = fixingTimes.clone();
    }

    @Override
    public double[] forwards() {
        return forwards.clone();
    }

    @Override
    public double[] fixingTimes() {
        return fixingTimes.clone();
    }

    public int fixings() {
        return forwards.length;
    }

    /** Same inputs at another volatility (for vega by bumping and for scenarios). */
    public AverageOptionInputs withVol(double newVol) {
        return new AverageOptionInputs(putCall, strike, forwards, fixingTimes, newVol, expiry, rate);
    }

    /** Same inputs with every forward scaled by {@code factor} (fixed days included). */
    public AverageOptionInputs withForwardsScaled(double factor) {
        double[] scaled = forwards.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return new AverageOptionInputs(putCall, strike, scaled, fixingTimes, vol, expiry, rate);
    }

    double forward(int i) {
        return forwards[i];
    }

    double fixingTime(int i) {
        return fixingTimes[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AverageOptionInputs that && putCall == that.putCall && strike == that.strike
                && vol == that.vol && expiry == that.expiry && rate == that.rate && Arrays.equals(forwards, that.forwards)
                && Arrays.equals(fixingTimes, that.fixingTimes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(putCall, strike, vol, expiry, rate, Arrays.hashCode(forwards), Arrays.hashCode(fixingTimes));
    }

    @Override
    public String toString() {
        return "AverageOptionInputs[" + putCall + " K=" + strike + ", " + forwards.length + " fixings, vol=" + vol
                + ", expiry=" + expiry + ", rate=" + rate + "]";
    }
}
