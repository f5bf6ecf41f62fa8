package com.suanli.pricing.model;

import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.math.RandomStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Simulates spot paths of a {@link SpotModel} exactly at any step size: the OU factor by its
 * Gaussian transition (mean mu + (x - mu) e^{-kappa dt}, variance
 * sigma^2 (1 - e^{-2 kappa dt}) / (2 kappa)), plus a Poisson number of jumps in the step,
 * each arriving at a uniform time inside it and decayed to the step's end.
 *
 * <p>One simulator owns one {@link RandomStream}: same seed, same calls, same paths. Market
 * session agents can step the factor themselves ({@link #step}) at their own pace; Monte
 * Carlo users fill daily paths into their own arrays ({@link #fillDailyPath}) without
 * allocation. Not thread-safe: one simulator per thread.
 */
public final class SpotPathSimulator {

    private static final double ONE_DAY = 1.0 / YearFraction.DAYS_PER_YEAR;

    private final SpotModel model;
    private final RandomStream random;
    private final double dailyDecay;
    private final double dailyStd;

    private SpotPathSimulator(SpotModel model, RandomStream random) {
        this.model = model;
        this.random = random;
        this.dailyDecay = Math.exp(-model.kappa() * ONE_DAY);
        this.dailyStd = diffusionStd(model, ONE_DAY);
    }

    public static SpotPathSimulator of(SpotModel model, RandomStream random) {
        return new SpotPathSimulator(Objects.requireNonNull(model, "model: must not be null"),
                Objects.requireNonNull(random, "random: must not be null"));
    }

    public static SpotPathSimulator seeded(SpotModel model, long seed) {
        return of(model, RandomStream.seeded(seed));
    }

    public SpotModel model() {
        return model;
    }

    /** The factor after {@code dt} years, starting from {@code x}. */
    public double step(double x, double dt) {
        return step(x, dt, random.nextGaussian());
    }

    /**
     * The factor after {@code dt} years with the diffusion driven by {@code diffusionShock}, a
     * standard normal drawn by the caller (the jumps are still this simulator's own): so that
     * several simulators, one per hub, can share correlated shocks.
     */
    public double step(double x, double dt, double diffusionShock) {
        if (!(dt > 0.0)) {
            throw new IllegalArgumentException("dt: must be positive (years), was " + dt);
        }
        double decay = Math.exp(-model.kappa() * dt);
        return advance(x, dt, decay, diffusionStd(model, dt), diffusionShock);
    }

    /**
     * Daily spot prices: {@code out[0]} is {@code startSpot} on {@code start}, {@code out[i]}
     * the simulated index i days later.
     */
    public void fillDailyPath(LocalDate start, double startSpot, double[] out) {
        if (!(startSpot > 0.0)) {
            throw new IllegalArgumentException("startSpot: must be positive, was " + startSpot);
        }
        double t = model.time(start);
        double x = model.factor(t, startSpot);
        out[0] = startSpot;
        for (int i = 1; i < out.length; i++) {
            x = advance(x, ONE_DAY, dailyDecay, dailyStd, random.nextGaussian());
            out[i] = model.spot(t + i * ONE_DAY, x);
        }
    }

    /** A new array of {@code days + 1} daily prices starting with {@code startSpot}. */
    public double[] dailyPath(LocalDate start, double startSpot, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days: must not be negative, was " + days);
        }
        double[] out = new double[days + 1];
        fillDailyPath(start, startSpot, out);
        return out;
    }

    private double advance(double x, double dt, double decay, double std, double diffusionShock) {
        double mu = model.longRunMean();
        double next = mu + (x - mu) * decay + std * diffusionShock;
        JumpParameters jumps = model.jumps();
        if (jumps.intensity() > 0.0) {
            int count = random.nextPoisson(jumps.intensity() * dt);
            for (int k = 0; k < count; k++) {
                double sinceArrival = dt * random.nextUniform();
                double size = jumps.meanSize() + jumps.sizeStd() * random.nextGaussian();
                next += size * Math.exp(-model.kappa() * sinceArrival);
            }
        }
        return next;
    }

    private static double diffusionStd(SpotModel model, double dt) {
        return model.sigma() * Math.sqrt(-Math.expm1(-2.0 * model.kappa() * dt) / (2.0 * model.kappa()));
    }
}
