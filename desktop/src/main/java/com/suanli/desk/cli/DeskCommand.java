package com.suanli.desk.cli;

import com.suanli.data.store.StoreAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code desk} itself: without a command it opens the workstation on the chosen database. */
@Command(name = "desk",
        customSynopsis = {
                "desk [--db PATH] [--ask-key] [--no-simulation]   start the workstation",
                "       desk <command> [options]                       run a command (desk help <command> tells more)"},
        descriptionHeading = "%n",
        description = "Suanli Desk: compute futures trading, pricing and risk.",
        commandListHeading = "%nCommands:%n",
        optionListHeading = "%nWorkstation options:%n",
        footer = {"", "Exit codes: 0 done, 2 refused (bad option, input or database: one line says why),"
                + " 1 a failure of the desk itself."})
final class DeskCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--no-simulation",
            description = "open without the live simulated market (the settings file's simulation = off does the same)")
    private boolean noSimulation;

    @Option(names = "--language", paramLabel = "LANG",
            description = "the screens' language for this run: en, zh or system (else the settings file's language,"
                    + " else the system's)")
    private String language;

    private final CliContext context;
    private final Workstation workstation;

    DeskCommand(CliContext context, Workstation workstation) {
        this.context = context;
        this.workstation = workstation;
    }

    @Override
    public Integer call() {
        StoreAddress address = database.address(context);
        return workstation.open(address, database.key(context, address),
                !noSimulation && DeskSettings.simulation(context.home()),
                DeskLanguage.chosen(language, context.home()));
    }
}
