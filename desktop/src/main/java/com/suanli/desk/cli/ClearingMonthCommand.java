package com.suanli.desk.cli;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.clearing.MonthTotalsJson;
import com.suanli.data.clearing.StatementJson;
import com.suanli.data.json.JsonText;
import com.suanli.desk.clearing.ClearingMonth;
import com.suanli.desk.clearing.MonthReport;
import com.suanli.exchange.statement.AccountStatement;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code desk clearing-month --seed N --out DIR}: a seeded month of clearing, headless (docs/CLEARING-MONTH.md). */
@Command(name = "clearing-month", header = "run a seeded month of trading and clearing, write the statements",
        description = {"Runs a scripted month of the H100 market at YRD and NM on the exchange with its",
                "clearing house (daily settlements, index fixings, a price shock, expiries) and writes",
                "each account's end-of-month statement as JSON into DIR, with totals.json (net",
                "deposits, cash inside, the event-stream hash). Format: docs/CLEARING-MONTH.md"})
final class ClearingMonthCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Option(names = "--seed", paramLabel = "N", required = true, description = "the seed: equal seeds, equal months")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the directory to write into")
    private Path out;

    private final CliContext context;

    ClearingMonthCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path directory = context.workingDirectory().resolve(out);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("out: cannot create " + directory + ": " + e.getMessage(), e);
        }
        MonthReport report = new ClearingMonth(CatalogueJson.readDefault(), seed).run();
        for (AccountStatement statement : report.endOfMonth()) {
            JsonText.write(StatementJson.write(statement), directory.resolve("statement-" + statement.account() + ".json"));
        }
        JsonText.write(MonthTotalsJson.write(report.seed(), report.daily().lastKey(), report.netDeposits(),
                report.cashInside(), report.settlements(), report.trades(), report.refusals(), report.eventStreamHash()),
                directory.resolve("totals.json"));
        context.out().printf("desk clearing-month: seed %d, %d business days, %d trades, %d settlement prices,"
                        + " %d refusals%n", seed, report.daily().size(), report.trades(), report.settlements(),
                report.refusals());
        context.out().printf("net deposits %s CNY, cash inside %s CNY, event stream %016x%n",
                BigDecimal.valueOf(report.netDeposits(), 2).toPlainString(),
                BigDecimal.valueOf(report.cashInside(), 2).toPlainString(), report.eventStreamHash());
        context.out().println("wrote " + report.endOfMonth().size() + " statements and totals.json to " + directory);
        return DeskCli.EXIT_OK;
    }
}
