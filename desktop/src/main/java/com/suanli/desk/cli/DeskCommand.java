package com.suanli.desk.cli;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.data.store.StoreAddress;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code desk} itself: without a command it opens the workstation on the chosen database. */
@Command(name = "desk",
        customSynopsis = {
                "desk [--db PATH] [--ask-key] [--no-simulation]   start the workstation",
                "       desk --connect HOST:PORT,... [--db PATH]       start it on the replicated exchange",
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

    @Option(names = "--connect", paramLabel = "HOST:PORT,...",
            description = {"trade on the replicated exchange instead of the desk's own: its members' client ingress",
                    "endpoints, in member-id order (docs/CLUSTER.md); no simulated session starts, the database gives",
                    "the users and settings"})
    private String connect;

    private final CliContext context;
    private final Workstation workstation;

    DeskCommand(CliContext context, Workstation workstation) {
        this.context = context;
        this.workstation = workstation;
    }

    @Override
    public Integer call() {
        // Refused before the database is asked for: a mistyped endpoint is the news, one line.
        Optional<ClientConfig> cluster = Optional.ofNullable(connect)
                .map(members -> ClientConfig.ofMembers(ClientConfig.freshClientId(), members, "--connect"));
        StoreAddress address = database.address(context);
        // The market a connected desk sees is the cluster's: no simulated session of its own starts in it.
        return workstation.open(address, database.key(context, address),
                cluster.isEmpty() && !noSimulation && DeskSettings.simulation(context.home()),
                DeskLanguage.chosen(language, context.home()), cluster);
    }
}
