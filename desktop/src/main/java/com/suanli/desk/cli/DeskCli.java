package com.suanli.desk.cli;

import com.suanli.data.json.JsonReadException;
import com.suanli.data.store.StoreAddress;
import com.suanli.data.store.StoreException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line of {@code ./desk}, on picocli: subcommands with typed options, generated help and a
 * shell completion script. Every command returns its exit code instead of exiting, and every refusal is
 * one line on the error stream ({@code error: ...}, exit 2), never a usage dump or a stack trace.
 */
public final class DeskCli {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_REFUSED = 2;

    /** Wide enough for the descriptions as written, narrow enough for a terminal beside the workstation. */
    private static final int USAGE_WIDTH = 110;

    private DeskCli() {
    }

    /** Runs a command; with no command there is no window to open, so that is refused. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, CliContext.ofSystem(out, err), Workstation.NONE);
    }

    /** Runs a command, or opens {@code workstation} when none is given. */
    public static int run(String[] args, CliContext context, Workstation workstation) {
        if (args.length == 0) {
            return openWithDefaults(new DatabaseOptions(), context, workstation);
        }
        Optional<String> database = databaseAlone(args);
        if (database.isPresent()) {
            return openWithDefaults(DatabaseOptions.of(database.get()), context, workstation);
        }
        return commandLine(context, workstation).execute(args);
    }

    /**
     * The trader's everyday start, {@code ./desk} alone or {@code ./desk --db PATH}: there is nothing else to parse,
     * so the window does not wait for picocli's few hundred classes to load (about half a second on a busy
     * machine). It opens what {@code desk} with those options would: the database chosen, else the settings
     * file's, else the default.
     */
    private static int openWithDefaults(DatabaseOptions defaults, CliContext context, Workstation workstation) {
        try {
            StoreAddress address = defaults.address(context);
            return workstation.open(address, defaults.key(context, address), DeskSettings.simulation(context.home()),
                    DeskLanguage.chosen(null, context.home()), Optional.empty());
        } catch (IllegalArgumentException | StoreException e) {
            context.err().println("error: " + firstLine(e.getMessage()));
            return EXIT_REFUSED;
        }
    }

    /**
     * The path of {@code --db PATH} or {@code --db=PATH} when that is all the arguments say; anything else (a blank or
     * option-like path too) is picocli's to parse and, if need be, refuse.
     */
    private static Optional<String> databaseAlone(String[] args) {
        String path = null;
        if (args.length == 2 && args[0].equals("--db")) {
            path = args[1];
        } else if (args.length == 1 && args[0].startsWith("--db=")) {
            path = args[0].substring("--db=".length());
        }
        return Optional.ofNullable(path).filter(chosen -> !chosen.isBlank() && !chosen.startsWith("-"));
    }

    static CommandLine commandLine(CliContext context, Workstation workstation) {
        CommandLine desk = new CommandLine(new DeskCommand(context, workstation))
                .addSubcommand(new CommandLine.HelpCommand())
                .addSubcommand(new PriceCommand(context))
                .addSubcommand(new RiskCommand(context))
                .addSubcommand(new DbServerCommand(context))
                .addSubcommand(new BackupCommand(context))
                .addSubcommand(new RestoreCommand(context))
                .addSubcommand(new ImportCommand(context))
                .addSubcommand(new ExportCommand(context))
                .addSubcommand(new ClearingMonthCommand(context))
                .addSubcommand("journal", JournalCommand.commandLine(context))
                .addSubcommand(new SimulateCommand(context))
                .addSubcommand("users", UsersCommand.commandLine(context))
                .addSubcommand(new GatewayCommand(context))
                .addSubcommand(new ServerCommand(context))
                .addSubcommand("sessions", SessionsCommand.commandLine(context))
                .addSubcommand("completion", completion());
        // A synopsis in declaration order reads as the documents write it: what is required first.
        desk.getCommandSpec().usageMessage().sortSynopsis(false);
        desk.getSubcommands().values().forEach(command -> command.getCommandSpec().usageMessage().sortSynopsis(false));
        desk.setHelpFactory(SpacedHelp::new);
        desk.setUsageHelpWidth(USAGE_WIDTH);
        desk.setOut(new PrintWriter(context.out(), true));
        desk.setErr(new PrintWriter(context.err(), true));
        desk.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, DeskCli::commandList);
        desk.setParameterExceptionHandler((refusal, args) -> {
            context.err().println("error: " + firstLine(reason(refusal)));
            return EXIT_REFUSED;
        });
        desk.setExecutionExceptionHandler((failure, line, parsed) -> {
            if (failure instanceof JsonReadException) {
                // A document refused with several problems lists one a line: all of them are the news.
                context.err().println("error: " + failure.getMessage());
                return EXIT_REFUSED;
            }
            if (failure instanceof StoreException || failure instanceof IllegalArgumentException) {
                context.err().println("error: " + firstLine(failure.getMessage()));
                return EXIT_REFUSED;
            }
            context.err().println("error: desk " + line.getCommandName() + " failed: " + failure);
            return EXIT_FAILURE;
        });
        return desk;
    }

    /** picocli's generator of a bash (and zsh) completion script for every command and option. */
    private static CommandLine completion() {
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage()
                .header("print a bash/zsh completion script: source <(desk completion)");
        return completion;
    }

    /** A refusal as the person at the desk reads it: the option or argument first, then what is wrong with it. */
    static String reason(ParameterException refusal) {
        CommandSpec command = refusal.getCommandLine().getCommandSpec();
        String name = command.qualifiedName();
        String help = command.parent() == null ? "desk help" : name + " --help";
        // picocli checks required options before it complains of unknown ones; the misspelt one is the news.
        List<String> unmatched = refusal instanceof UnmatchedArgumentException unknown
                ? unknown.getUnmatched() : refusal.getCommandLine().getUnmatchedArguments();
        if (!unmatched.isEmpty()) {
            String argument = unmatched.get(0);
            String what = argument.startsWith("-") ? "option" : command.parent() == null ? "command" : "argument";
            return name + ": unknown " + what + " '" + argument + "' (see " + help + ")";
        }
        ArgSpec argument = refusal.getArgSpec();
        if (refusal instanceof MissingParameterException missing && argument == null && !missing.getMissing().isEmpty()) {
            argument = missing.getMissing().get(0);
        }
        if (argument instanceof OptionSpec option) {
            if (refusal.getCause() instanceof TypeConversionException conversion) {
                return option.longestName() + ": " + conversion.getMessage();
            }
            if (refusal instanceof MissingParameterException && refusal.getMessage().startsWith("Missing required parameter")) {
                return option.longestName() + ": needs a " + option.paramLabel().toLowerCase() + " (see " + help + ")";
            }
            if (refusal instanceof MissingParameterException) {
                return option.longestName() + ": is required (see " + help + ")";
            }
        }
        return name + ": " + refusal.getMessage();
    }

    /**
     * Each command with what it takes (picocli's synopsis, generated from its options) and, below, what it
     * does: a synopsis can be long, so the two do not share a line.
     */
    private static String commandList(Help help) {
        StringBuilder list = new StringBuilder();
        for (Map.Entry<String, Help> command : help.subcommands().entrySet()) {
            CommandSpec spec = command.getValue().commandSpec();
            String synopsis = command.getValue().synopsis(0).strip().replaceAll("\\s+", " ");
            String takes = synopsis.substring(Math.min(synopsis.length(), spec.qualifiedName().length()));
            String[] header = spec.usageMessage().header();
            list.append("  ").append(command.getKey()).append(takes).append(System.lineSeparator());
            if (header.length > 0) {
                list.append("      ").append(header[0]).append(System.lineSeparator());
            }
        }
        return list.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
