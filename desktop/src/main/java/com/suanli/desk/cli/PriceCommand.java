package com.suanli.desk.cli;

import com.suanli.data.pricing.BatchJson;
import com.suanli.pricing.risk.PriceRequest;
import com.suanli.pricing.risk.RiskRun;
import java.io.PrintStream;

/** {@code desk price --request FILE [--out FILE]}: per-trade PV and Greeks (docs/BATCH.md). */
public final class PriceCommand {

    static final String USAGE = """
            Usage: desk price --request FILE [--out FILE]
              Values each trade of a JSON price request (market data + trades) and writes
              pv, delta, gamma, vega and theta per trade as JSON (to FILE, or standard output).
              Format: docs/BATCH.md; example: docs/examples/price-request.json
            """;

    private PriceCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return BatchRun.run("price", USAGE, args, out, err, file -> {
            PriceRequest request = BatchJson.readPriceRequest(file);
            return BatchJson.writePriceResult(request, RiskRun.price(request));
        });
    }
}
