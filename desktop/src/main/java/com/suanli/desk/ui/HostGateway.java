package com.suanli.desk.ui;

import com.suanli.desk.access.DeskSession;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.OrderGateway;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * The trader's order gateway over the desk's exchange host, as the signed-in user: a command is answered once
 * it is journalled and applied, taken or refused with the engine's reason; one the user's role may not send,
 * or the host could not take (closed, the journal failed), is answered as not sent, with why.
 */
public final class HostGateway implements OrderGateway {

    private final DeskSession session;
    private final IntFunction<Optional<ContractSpec>> contracts;

    /** @param contracts the listed contracts by instrument id, whose terms a refusal's words name */
    public HostGateway(DeskSession session, IntFunction<Optional<ContractSpec>> contracts) {
        this.session = Objects.requireNonNull(session, "session");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
    }

    @Override
    public CompletableFuture<CommandOutcome> submit(Command command) {
        Objects.requireNonNull(command, "command");
        return session.submit(command).handle((acknowledged, failure) -> {
            if (failure != null) {
                return CommandOutcome.notSent(RefusalWords.known(failure).orElseGet(() -> EngineLauncher.reasonFor(failure)));
            }
            CommandRejected rejection = acknowledged.rejection();
            return rejection == null ? CommandOutcome.TAKEN
                    : CommandOutcome.refused(rejection.reason(), RefusalWords.detail(rejection, contracts));
        });
    }
}
