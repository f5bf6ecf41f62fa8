package com.suanli.desk.cli;

import com.suanli.data.pricing.BatchJson;
import com.suanli.pricing.risk.PriceRequest;
import com.suanli.pricing.risk.RiskRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code desk price --request FILE [--out FILE]}: per-trade PV and Greeks (docs/BATCH.md). */
@Command(name = "price", header = "value trades: pv and Greeks per trade",
        description = {"Values each trade of a JSON price request (market data + trades) and writes",
                "pv, delta, gamma, vega and theta per trade as JSON (to FILE, or standard output).",
                "Format: docs/BATCH.md; example: docs/examples/price-request.json"})
final class PriceCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private BatchOptions options;

    private final CliContext context;

    PriceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return BatchRun.run("price", options.request, options.out, context.out(), context.err(), file -> {
            PriceRequest request = BatchJson.readPriceRequest(file);
            return BatchJson.writePriceResult(request, RiskRun.price(request));
        });
    }
}
