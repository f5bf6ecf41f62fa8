package com.suanli.sessions.config;

/**
 * Compute insurance in a session (docs/SESSIONS.md, "Insurance"): a dedicated insurer firm with
 * {@code insurerCash} CNY writes every AI lab an outage cover on {@code coveredGpus} GPUs at its hub
 * for {@code coverDays} calendar days at a time, {@code deductibleMinutes} per outage, paying at
 * most {@code outageLimitCny}; the first {@code capShare} of the labs also buy a price-spike cap on
 * {@code coveredGpus} x 24 GPU-hours a day, struck {@code capStrikeBps} above the index, paying at
 * most {@code capLimitCny}. Premiums: the pricing library's outage cover with a standard-deviation
 * loading of {@code outageLoading}, and its caplet strip plus {@code capLoading} of it.
 */
public record InsuranceSettings(long coveredGpus, int coverDays, int deductibleMinutes, long outageLimitCny,
                                double capShare, int capStrikeBps, long capLimitCny, double outageLoading,
                                double capLoading, long insurerCash) {

    /** No insurance: the section left out of the file. */
    public static final InsuranceSettings NONE = new InsuranceSettings(1, 1, 0, 1, 0.0, 0, 1, 0.0, 0.0, 0);

    public InsuranceSettings {
        Require.between("coveredGpus", coveredGpus, 1, 1_000_000);
        Require.between("coverDays", coverDays, 1, 92);
        Require.between("deductibleMinutes", deductibleMinutes, 0, 24 * 60);
        Require.between("outageLimitCny", outageLimitCny, 1, 1_000_000_000);
        Require.between("capShare", capShare, 0.0, 1.0);
        Require.between("capStrikeBps", capStrikeBps, 0, 100_000);
        Require.between("capLimitCny", capLimitCny, 1, 1_000_000_000);
        Require.between("outageLoading", outageLoading, 0.0, 10.0);
        Require.between("capLoading", capLoading, 0.0, 10.0);
        Require.between("insurerCash", insurerCash, 0, 100_000_000_000L);
    }

    /** Whether the session sells insurance: an insurer with cash. */
    public boolean sold() {
        return insurerCash > 0;
    }
}
