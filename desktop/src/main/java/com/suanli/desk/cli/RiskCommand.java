package com.suanli.desk.cli;

import com.suanli.data.pricing.BatchJson;
import com.suanli.pricing.risk.RiskRequest;
import com.suanli.pricing.risk.RiskRun;
import java.io.PrintStream;

/** {@code desk risk --request FILE [--out FILE]}: scenario P&amp;L, VaR/ES, Greeks, bucketed deltas (docs/BATCH.md). */
public final class RiskCommand {

    static final String USAGE = """
            Usage: desk risk --request FILE [--out FILE]
              Revalues a portfolio under named scenario sets, historical and Monte Carlo
              scenarios, and writes P&L per scenario, VaR/ES, Greeks and bucketed deltas
              as JSON (to FILE, or standard output).
              Format: docs/BATCH.md; example: docs/examples/risk-request.json
            """;

    private RiskCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return BatchRun.run("risk", USAGE, args, out, err, file -> {
            RiskRequest request = BatchJson.readRiskRequest(file);
            return BatchJson.writeRiskReport(request, RiskRun.run(request));
        });
    }
}
