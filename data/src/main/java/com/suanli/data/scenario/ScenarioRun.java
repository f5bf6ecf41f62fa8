package com.suanli.data.scenario;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One valuation of a portfolio under a stored scenario set.
 *
 * @param runId the database's number for the run
 * @param portfolio what was valued, as the person who ran it named it
 */
public record ScenarioRun(long runId, String setName, LocalDate valuationDate, String portfolio) {

    public ScenarioRun {
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(valuationDate, "valuationDate");
        Objects.requireNonNull(portfolio, "portfolio");
    }
}
