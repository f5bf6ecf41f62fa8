package com.suanli.desk.app;

import com.suanli.desk.cli.DeskCli;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.task.WorkerTaskExecutor;
import com.suanli.desk.ui.WorkstationApp;
import com.suanli.desk.ui.WorkstationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;

/**
 * Entry point of {@code ./desk}. It deliberately does not extend {@code Application}: JavaFX then
 * runs from a plain classpath, and the command line never starts the FX toolkit.
 */
public final class Desk {

    /** The exchange is in Shanghai: the desk's clock shows exchange time. */
    public static final ZoneId EXCHANGE_ZONE = ZoneId.of("Asia/Shanghai");

    private static final int EXIT_USAGE = 2;
    private static final int EXIT_NO_WINDOW = 1;

    private Desk() {
    }

    public static void main(String[] args) {
        if (opensWorkstation(args)) {
            openWorkstation(args);
        } else {
            System.exit(DeskCli.run(args, System.out, System.err));
        }
    }

    private static void openWorkstation(String[] args) {
        WorkstationOptions options;
        try {
            options = WorkstationOptions.parse(List.of(args), Path.of(System.getProperty("user.home")));
        } catch (IllegalArgumentException e) {
            System.err.println("desk: " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        WorkstationContext context = workstation(options);
        try (TaskExecutor tasks = context.tasks()) {
            WorkstationApp.open(context);
        } catch (RuntimeException e) {
            Throwable cause = rootCause(e);
            System.err.println("desk: cannot open the workstation window: " + cause.getMessage());
            // No display is the user's setup and one line says it all; anything else is a bug to report.
            if (!(cause instanceof UnsupportedOperationException)) {
                e.printStackTrace();
            }
            System.exit(EXIT_NO_WINDOW);
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** No arguments, or only workstation options, open the window; anything else is a command. */
    static boolean opensWorkstation(String[] args) {
        return args.length == 0 || WorkstationOptions.isWorkstationOption(args[0]);
    }

    static WorkstationContext workstation(WorkstationOptions options) {
        Clock exchangeClock = Clock.system(EXCHANGE_ZONE);
        return new WorkstationContext(DeskVersion.current(), options.database(), exchangeClock,
                ExchangeStartup.ofDefaultCatalogue(exchangeClock), new WorkerTaskExecutor("desk-worker", Platform::runLater));
    }
}
