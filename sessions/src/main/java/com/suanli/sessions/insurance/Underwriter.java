package com.suanli.sessions.insurance;

import com.suanli.pricing.insurance.FitMethod;
import com.suanli.pricing.insurance.FrequencyFitter;
import com.suanli.pricing.insurance.FrequencyModel;
import com.suanli.pricing.insurance.IndexMarket;
import com.suanli.pricing.insurance.LostHoursSeverity;
import com.suanli.pricing.insurance.OutageCover;
import com.suanli.pricing.insurance.OutageCoverPricer;
import com.suanli.pricing.insurance.OutageHistory;
import com.suanli.pricing.insurance.OutageRisk;
import com.suanli.pricing.insurance.PoissonFrequency;
import com.suanli.pricing.insurance.PriceSpikeCover;
import com.suanli.pricing.insurance.PriceSpikeCoverPricer;
import com.suanli.pricing.insurance.RiskLoading;
import com.suanli.pricing.model.SpotModel;
import com.suanli.sessions.config.HubSetup;
import com.suanli.sessions.config.InsuranceSettings;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The insurer's quotes, from the pricing library (docs/INSURANCE.md), in whole fen rounded up.
 *
 * <p><b>Outage cover.</b> Outages per day: the negative binomial or Poisson that
 * {@code FrequencyFitter} fits to the hub's monitored daily counts once {@link #MIN_HISTORY_DAYS}
 * days with an outage are logged, else the hub's declared rate ({@code outagesPerMonth} / 30, Poisson).
 * GPU-hours the lab loses in one outage: its {@code coveredGpus} x the share offline f x the
 * hours beyond the deductible d, with f = {@code outageShare} x U(0.5, 1.5) and the length D
 * exponential of mean m = {@code outageHours}, as the monitor draws them. With p = exp(-d/m),
 * E[(D - d)+] = m p and E[(D - d)+^2] = 2 m^2 p, so the loss has mean U share m p and a coefficient of
 * variation sqrt(2 (13/12) / p - 1) (E[f^2] = share^2 x 13/12); pricing's lognormal severity takes
 * those two moments. Each lost GPU-hour is replaced at the index now; the cover's limit is an
 * aggregate limit; the premium is Panjer's E[S] + k SD[S].
 *
 * <p><b>Price-spike cap.</b> The closed-form strip of daily caplets under the hub's spot model from
 * the index now, plus {@code capLoading} of it.
 */
public final class Underwriter {

    /** Days of monitored history the frequency fit needs before it replaces the declared rate. */
    public static final int MIN_HISTORY_DAYS = 5;
    /** A coarser lattice than the default's 2,048 points: a quote in about a millisecond, the mean kept exact. */
    private static final OutageCoverPricer PRICER = new OutageCoverPricer(512, 8);
    private static final double TAIL_CONFIDENCE = 0.99;

    private final InsuranceSettings settings;

    public Underwriter(InsuranceSettings settings) {
        this.settings = settings;
    }

    /** Outages a day at the hub: fitted to {@code history} when long enough and not empty, else declared. */
    public FrequencyModel frequency(HubSetup hub, Optional<OutageHistory> history) {
        if (history.isPresent() && history.get().counts().length >= MIN_HISTORY_DAYS
                && Arrays.stream(history.get().counts()).sum() > 0) {
            return FrequencyFitter.DEFAULT.fit(history.get(), FitMethod.MAXIMUM_LIKELIHOOD).model();
        }
        return new PoissonFrequency(hub.outagesPerMonth() / 30.0);
    }

    /** The outage cover's premium, fen, with the replacement GPU-hour at {@code indexCny}. */
    public long outagePremium(HubSetup hub, Optional<OutageHistory> history, double indexCny) {
        FrequencyModel frequency = frequency(hub, history);
        if (!(frequency.mean() > 0)) {
            return 1;
        }
        if (!(hub.outageShare() > 0 && beyondDeductible(hub) > 0)) {
            return 1;
        }
        OutageRisk risk = new OutageRisk(frequency, 1, severity(hub), indexCny, 0.0, 0.0);
        OutageCover cover = OutageCover.unlimited(settings.coverDays()).withAggregate(0.0, settings.outageLimitCny());
        double premium = PRICER.measures(cover, risk, RiskLoading.of(settings.outageLoading(), 0.0, TAIL_CONFIDENCE))
                .standardDeviationPremium();
        return fen(premium);
    }

    /**
     * GPU-hours a lab loses in one outage beyond the deductible: mean U share m p, coefficient of
     * variation sqrt(2 (13/12) / p - 1), p = exp(-d/m) (the class comment derives them).
     */
    LostHoursSeverity severity(HubSetup hub) {
        double p = beyondDeductible(hub);
        double meanLost = settings.coveredGpus() * hub.outageShare() * hub.outageHours() * p;
        return LostHoursSeverity.of(meanLost, Math.sqrt(2.0 * (13.0 / 12.0) / p - 1.0));
    }

    /** p = exp(-d/m): the chance an outage outlasts the deductible (0 when it underflows: nothing to insure). */
    private double beyondDeductible(HubSetup hub) {
        return Math.exp(-settings.deductibleMinutes() / 60.0 / hub.outageHours());
    }

    /** The cap's premium, fen: its caplet strip from {@code firstDay} to {@code lastDay} plus the loading. */
    public long capPremium(SpotModel model, LocalDate firstDay, LocalDate lastDay, double indexCny, double strikeCny,
                           double hoursPerDay) {
        double strip = PriceSpikeCoverPricer.DEFAULT.strip(PriceSpikeCover.of(firstDay, lastDay, strikeCny, hoursPerDay),
                IndexMarket.of(firstDay, indexCny, model, 0.0));
        return fen(strip * (1.0 + settings.capLoading()));
    }

    private static long fen(double cny) {
        return Math.max(1, (long) Math.ceil(cny * 100.0));
    }
}
