package com.suanli.sessions.config;

/**
 * How the market's activity wanders (docs/SESSIONS.md, "Realism"): the log of an activity level follows
 * a mean-reverting (Ornstein-Uhlenbeck) path with a half-life of {@code halfLifeMinutes} of the session
 * clock and a stationary standard deviation of {@code volatility}; the level, scaled to a mean of one,
 * multiplies the agents' wake rates and the variance of the fundamental's diffusion. Busy hours then
 * follow busy hours: volatility clusters over hours, not only minutes. A volatility of 0 (the section
 * left out) keeps the market's activity constant.
 */
public record ActivityRegime(double halfLifeMinutes, double volatility) {

    /** A constant activity. */
    public static final ActivityRegime NONE = new ActivityRegime(60, 0);

    public ActivityRegime {
        Require.between("halfLifeMinutes", halfLifeMinutes, 1.0, 100_000.0);
        Require.between("volatility", volatility, 0.0, 3.0);
    }
}
