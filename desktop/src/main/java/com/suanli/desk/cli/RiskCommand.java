package com.suanli.desk.cli;

import com.suanli.data.pricing.BatchJson;
import com.suanli.pricing.risk.RiskRequest;
import com.suanli.pricing.risk.RiskRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code desk risk --request FILE [--out FILE]}: scenario P&amp;L, VaR/ES, Greeks, bucketed deltas (docs/BATCH.md). */
@Command(name = "risk", header = "scenario P&L, VaR/ES, Greeks, bucketed deltas",
        description = {"Revalues a portfolio under named scenario sets, historical and Monte Carlo",
                "scenarios, and writes P&L per scenario, VaR/ES, Greeks and bucketed deltas",
                "as JSON (to FILE, or standard output).",
                "Format: docs/BATCH.md; example: docs/examples/risk-request.json"})
final class RiskCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private BatchOptions options;

    private final CliContext context;

    RiskCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return BatchRun.run("risk", options.request, options.out, context.out(), context.err(), file -> {
            RiskRequest request = BatchJson.readRiskRequest(file);
            return BatchJson.writeRiskReport(request, RiskRun.run(request));
        });
    }
}
