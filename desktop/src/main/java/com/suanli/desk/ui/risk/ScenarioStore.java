package com.suanli.desk.ui.risk;

import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.ScenarioSet;
import java.time.LocalDate;
import java.util.List;

/** Where scenario sets and run results are kept. Every call does disk work: call it off the FX thread. */
public interface ScenarioStore {

    /** Every stored set, by name. */
    List<ScenarioSet> sets();

    /** Keeps the set, replacing one of the same name. */
    void save(ScenarioSet set);

    /**
     * Keeps the set and the P&amp;L of every scenario of a run under it, all or nothing.
     *
     * @return the run's number in the store
     */
    long saveRun(ScenarioSet set, LocalDate valuationDate, String book, PnlVector pnl);
}
