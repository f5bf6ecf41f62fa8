package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.command.Command;
import java.util.concurrent.CompletableFuture;

/**
 * Where the trader's commands go: the exchange, whichever way the desk reaches it (the in-process engine
 * today, the exchange host tomorrow). The views never touch an engine; they submit and read the outcome.
 */
@FunctionalInterface
public interface OrderGateway {

    /**
     * Sends the command; returns at once. The future completes, on any thread, with whether the exchange
     * took the command or why it refused it; it completes exceptionally only when the command could not be
     * delivered at all.
     */
    CompletableFuture<CommandOutcome> submit(Command command);
}
