package com.suanli.pricing.risk;

import java.util.List;
import java.util.Objects;

/** The P&amp;L (CNY, shocked value minus base value) of a portfolio under each scenario, in scenario order. */
public record PnlVector(double basePresentValue, List<String> scenarioNames, double[] pnl) {

    public PnlVector {
        scenarioNames = List.copyOf(Objects.requireNonNull(scenarioNames, "scenarioNames"));
        Objects.requireNonNull(pnl, "pnl");
        if (scenarioNames.size() != pnl.length) {
            throw new IllegalArgumentException("pnl: " + pnl.length + " values for " + scenarioNames.size() + " scenarios");
        }
        pnl = pnl.clone();
    }

    @Override
    public double[] pnl() {
        return pnl.clone();
    }

    public int size() {
        return pnl.length;
    }

    public double pnl(int scenario) {
        return pnl[scenario];
    }
}
