package com.suanli.sessions.fundamental;

import com.suanli.pricing.math.RandomStream;
import com.suanli.sessions.config.ActivityRegime;

/**
 * The market's activity now ({@link ActivityRegime}): its log level is stepped exactly over each step or
 * night, {@code a' = a k + s sqrt(1 - k^2) Z} with {@code k = 2^(-minutes / halfLife)}, so its stationary
 * standard deviation is {@code s}; {@link #level()} is {@code exp(a - s^2 / 2)}, whose mean is one. With a
 * volatility of 0 it draws nothing and the level stays exactly one.
 */
public final class MarketActivity {

    private final ActivityRegime regime;
    private final RandomStream random;
    private double logLevel;

    /** Starts from its stationary law, so the first hours are as busy as any, on average. */
    MarketActivity(ActivityRegime regime, RandomStream random) {
        this.regime = regime;
        this.random = random;
        this.logLevel = regime.volatility() == 0 ? 0 : regime.volatility() * random.nextGaussian();
    }

    void advance(double minutes) {
        if (regime.volatility() == 0) {
            return;
        }
        double keep = Math.pow(2.0, -minutes / regime.halfLifeMinutes());
        logLevel = logLevel * keep + regime.volatility() * Math.sqrt(1.0 - keep * keep) * random.nextGaussian();
    }

    /** The activity now, one on average: what multiplies the wake rates and the diffusion's variance. */
    public double level() {
        double s = regime.volatility();
        return s == 0 ? 1.0 : Math.exp(logLevel - s * s / 2);
    }
}
