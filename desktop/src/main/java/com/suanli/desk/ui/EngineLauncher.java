package com.suanli.desk.ui;

import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.RunningExchange;
import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.marketwatch.MarketWatchViewModel;
import com.suanli.desk.ui.shell.ShellViewModel;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts the exchange on the task worker and shows how it went: the status bar says it is starting, then
 * that it runs (and the market watch lists the instruments) or why it failed. The window never waits.
 */
public final class EngineLauncher {

    private final ExchangeStartup startup;
    private final TaskExecutor tasks;
    private final ShellViewModel shell;
    private final MarketWatchViewModel marketWatch;
    private RunningExchange exchange;

    public EngineLauncher(ExchangeStartup startup, TaskExecutor tasks, ShellViewModel shell,
                          MarketWatchViewModel marketWatch) {
        this.startup = Objects.requireNonNull(startup, "startup");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.marketWatch = Objects.requireNonNull(marketWatch, "marketWatch");
    }

    /** Call on the FX thread; returns at once. */
    public void launch() {
        shell.engineStarting();
        tasks.execute(BackgroundTask.wrap(startup::start)
                .onSuccess(this::running)
                .onFailure(failure -> shell.engineFailed(reasonFor(failure))));
    }

    /** The started exchange, once it runs (FX thread). */
    public Optional<RunningExchange> exchange() {
        return Optional.ofNullable(exchange);
    }

    private void running(RunningExchange started) {
        exchange = started;
        marketWatch.list(started.catalogue());
        shell.engineRunning(started.catalogue().size(), started.tradingAtStart());
    }

    /** What the trader reads: the failure's own message, which names what was wrong; never a stack trace. */
    static String reasonFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage().strip();
            }
        }
        return "unexpected " + failure.getClass().getSimpleName();
    }
}
