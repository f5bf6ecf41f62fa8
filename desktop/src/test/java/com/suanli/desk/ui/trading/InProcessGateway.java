package com.suanli.desk.ui.trading;

import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * The order gateway over the desk's in-process engine: each command is applied on the task worker, the one
 * thread that owns the engine, and answered with the reject it caused, if any. The engine is synchronous, so
 * the command's events have all been published when {@code submit} returns there. The exchange host's
 * facade takes this class's place when the desk trades through the host.
 */
final class InProcessGateway implements OrderGateway {

    private final Engine engine;
    private final TaskExecutor engineThread;
    private final IntFunction<Optional<ContractSpec>> contracts;
    /** The first reject published while a command is applied; engine thread only. */
    private CommandRejected refusal;

    /**
     * @param engineThread the executor whose thread built the engine: every command runs there
     */
    InProcessGateway(Engine engine, EngineEvents events, TaskExecutor engineThread,
                     IntFunction<Optional<ContractSpec>> contracts) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.engineThread = Objects.requireNonNull(engineThread, "engineThread");
        events.listen(new EventSink() {
            @Override
            public void onEvent(ExchangeEvent event) {
                if (refusal == null && event instanceof CommandRejected rejected) {
                    refusal = rejected;
                }
            }
        });
    }

    @Override
    public CompletableFuture<CommandOutcome> submit(Command command) {
        Objects.requireNonNull(command, "command");
        CompletableFuture<CommandOutcome> outcome = new CompletableFuture<>();
        engineThread.execute(BackgroundTask.wrap(() -> apply(command))
                .onSuccess(outcome::complete)
                .onFailure(outcome::completeExceptionally));
        return outcome;
    }

    private CommandOutcome apply(Command command) {
        refusal = null;
        engine.submit(command);
        CommandRejected rejected = refusal;
        refusal = null;
        return rejected == null ? CommandOutcome.TAKEN : CommandOutcome.refused(rejected.reason(), RefusalWords.detail(rejected, contracts));
    }
}
