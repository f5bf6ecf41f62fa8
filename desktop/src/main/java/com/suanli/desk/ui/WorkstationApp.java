package com.suanli.desk.ui;

import com.suanli.desk.ui.shell.ShellView;
import com.suanli.desk.ui.shell.ShellViewModel;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The workstation window. Start it with {@link #open(WorkstationContext)}, or build it with a context in tests. */
public final class WorkstationApp extends Application {

    private static final double PREFERRED_WIDTH = 1480;
    private static final double PREFERRED_HEIGHT = 920;
    private static final double MINIMUM_WIDTH = 960;
    private static final double MINIMUM_HEIGHT = 600;

    /** {@code Application.launch} builds the app reflectively: the wiring reaches it through here. */
    private static final AtomicReference<WorkstationContext> LAUNCH_CONTEXT = new AtomicReference<>();

    private final WorkstationContext context;
    private ShellView shell;

    /** Used by {@code Application.launch} only. */
    public WorkstationApp() {
        this(Objects.requireNonNull(LAUNCH_CONTEXT.get(),
                "WorkstationApp: start it with WorkstationApp.open(context), not Application.launch"));
    }

    public WorkstationApp(WorkstationContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Opens the window and returns when the user has quit. */
    public static void open(WorkstationContext context) {
        LAUNCH_CONTEXT.set(Objects.requireNonNull(context, "context"));
        Application.launch(WorkstationApp.class);
    }

    @Override
    public void start(Stage stage) {
        ShellViewModel viewModel = new ShellViewModel(context.version(), context.database(), context.clock());
        shell = new ShellView(viewModel, context.panels(), Platform::exit);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(shell.root(),
                Math.min(PREFERRED_WIDTH, screen.getWidth()), Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        DeskTheme.applyTo(scene);
        stage.setTitle(viewModel.title());
        stage.setMinWidth(Math.min(MINIMUM_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MINIMUM_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.show();
        // A trader keeps the desk on a whole screen; the scene size above is what un-maximizing restores.
        // After show(): on GTK a maximize requested before the window is mapped can be dropped.
        stage.setMaximized(true);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
