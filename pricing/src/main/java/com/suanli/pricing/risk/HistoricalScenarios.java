package com.suanli.pricing.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Historical scenarios: each past window's log-return of every index, applied to the curve
 * buckets that index drives ({@code F -> F exp(r)}). With a horizon of h days the windows
 * overlap (one per fixing), so the sample holds h-day moves and needs no sqrt-time scaling.
 */
public final class HistoricalScenarios {

    private HistoricalScenarios() {
    }

    /**
     * One scenario per window, named {@code hist:<window end date>}, oldest first. Every history
     * must carry the same dates, so a scenario moves every index on the same days.
     */
    /** The number of fixings every history carries, after checking they carry the same dates. */
    static int commonFixings(List<IndexHistory> histories) {
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("histories: need at least one index history");
        }
        IndexHistory first = histories.get(0);
        for (int h = 1; h < histories.size(); h++) {
            if (!histories.get(h).dates().equals(first.dates())) {
                throw new IllegalArgumentException("histories[" + h + "].dates: must match the dates of " + first.name());
            }
        }
        return first.dates().size();
    }

    public static List<Scenario> fromIndexHistories(List<IndexHistory> histories, int horizonDays) {
        int fixings = commonFixings(histories);
        IndexHistory first = histories.get(0);
        if (horizonDays < 1 || horizonDays >= fixings) {
            throw new IllegalArgumentException("horizonDays: must be in [1, " + (fixings - 1) + "], was " + horizonDays);
        }
        List<Scenario> scenarios = new ArrayList<>(fixings - horizonDays);
        for (int end = horizonDays; end < fixings; end++) {
            List<Shock> shocks = new ArrayList<>(histories.size());
            for (IndexHistory history : histories) {
                shocks.add(new Shock.CurveShift(history.drives(), ShiftKind.LOG, history.logReturn(end, horizonDays)));
            }
            scenarios.add(new Scenario("hist:" + first.dates().get(end), shocks));
        }
        return scenarios;
    }
}
