package com.suanli.desk.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

/** The command line of {@code ./desk}: every command returns its exit code instead of exiting. */
public final class DeskCli {

    private static final int EXIT_OK = 0;
    private static final int EXIT_USAGE = 2;

    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final String USAGE = """
            Usage: desk [--db PATH]           start the workstation
                   desk <command> [options]   run a command
            Commands:
              price --request FILE [--out FILE]   value trades: pv and Greeks per trade
              risk  --request FILE [--out FILE]   scenario P&L, VaR/ES, Greeks, bucketed deltas
              help                                show this help
            """;

    private DeskCli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && HELP.contains(args[0])) {
            out.print(USAGE);
            return EXIT_OK;
        }
        if (args.length > 0) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            if ("price".equals(args[0])) {
                return PriceCommand.run(rest, out, err);
            }
            if ("risk".equals(args[0])) {
                return RiskCommand.run(rest, out, err);
            }
        }
        err.println(args.length == 0 ? "desk: no command given" : "desk: unknown command '" + args[0] + "'");
        err.print(USAGE);
        return EXIT_USAGE;
    }
}
