package com.suanli.desk.ui.shell;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Controls;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.workspace.Panel;
import com.suanli.desk.ui.workspace.PanelViews;
import com.suanli.desk.ui.workspace.Workspace;
import com.suanli.desk.ui.workspace.WorkspaceView;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The workstation's frame: menu bar and workspace switch on top, the workspace, the status bar below. */
public final class ShellView {

    private static final double ENGINE_LIGHT_RADIUS = 4;
    /** The database path's least width on the status bar: its last folder and file still readable. */
    private static final double DATABASE_MIN_WIDTH = 90;
    /** Up to this width the status message is never cut (a sign-in, a refusal's first words); past it, cut. */
    private static final double MESSAGE_KEPT_WIDTH = 420;

    private final ShellViewModel viewModel;
    private final Runnable quit;
    private final WorkspaceView workspaces;
    private final BorderPane root = new BorderPane();
    private final StackPane workspaceArea = new StackPane();
    private final Map<Workspace, RadioMenuItem> workspaceItems = new EnumMap<>(Workspace.class);
    private final Map<Workspace, ToggleButton> workspaceToggles = new EnumMap<>(Workspace.class);
    private final Timeline clockTicks;
    private Menu file;
    private Menu view;
    private final MenuBar menuBar;
    private final Button leavePractice = new Button(Texts.get("practice.leave"));

    /**
     * @param quit what File > Quit does: the application passes {@code Platform::exit}, tests a probe
     */
    public ShellView(ShellViewModel viewModel, PanelViews panels, Runnable quit) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.quit = Objects.requireNonNull(quit, "quit");
        this.workspaces = new WorkspaceView(panels);
        // One workspace on screen: the one the user picks, or the one a restored layout was left on.
        workspaces.shownProperty().bindBidirectional(viewModel.workspaceProperty());
        menuBar = menuBar();
        HBox header = new HBox(menuBar, spacer(), workspaceSwitch());
        header.getStyleClass().add("desk-header");
        header.setAlignment(Pos.CENTER_LEFT);
        workspaceArea.getStyleClass().add("workspace-area");
        root.setTop(new VBox(header, practiceBanner()));
        root.setCenter(workspaceArea);
        root.setBottom(statusBar());
        root.getStyleClass().add("desk-shell");
        viewModel.workspaceProperty().addListener((property, before, after) -> show(after));
        show(viewModel.workspaceProperty().get());
        clockTicks = new Timeline(new KeyFrame(Duration.seconds(1), tick -> viewModel.refreshClock()));
        clockTicks.setCycleCount(Animation.INDEFINITE);
        clockTicks.play();
    }

    public Parent root() {
        return root;
    }

    /** Adds a feature's item to the File menu, above Quit. */
    public void addToFileMenu(MenuItem item) {
        file.getItems().add(file.getItems().size() - 1, item);
    }

    /** A feature's item at the end of the View menu (the language). */
    public void addToViewMenu(MenuItem item) {
        view.getItems().addAll(new SeparatorMenuItem(), item);
    }

    /** A feature's menu (Simulation), placed before Help. */
    public void addMenu(Menu menu) {
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, Objects.requireNonNull(menu, "menu"));
    }

    /**
     * The window shows a practice desk: the banner's button and File > Leave practice do {@code leave} (the
     * real desk opens in the same window).
     */
    public void onLeavePractice(Runnable leave) {
        Objects.requireNonNull(leave, "leave");
        leavePractice.setOnAction(event -> leave.run());
        MenuItem item = new MenuItem(Texts.get("practice.leave"));
        item.setId("menu-leave-practice");
        item.setOnAction(event -> leave.run());
        addToFileMenu(item);
    }

    /** Stops the clock; the window is going away. */
    public void close() {
        clockTicks.stop();
    }

    private MenuBar menuBar() {
        MenuItem quitItem = item(ShellAction.QUIT, "menu-quit");
        quitItem.setOnAction(event -> quit.run());
        file = new Menu(Texts.get("shell.menu.file"), null, quitItem);
        file.setId("menu-file");

        view = new Menu(Texts.get("shell.menu.view"));
        view.setId("menu-view");
        ToggleGroup group = new ToggleGroup();
        for (Workspace workspace : Workspace.values()) {
            RadioMenuItem item = new RadioMenuItem(Texts.format("shell.workspace-item", workspace.title()));
            item.setId("menu-workspace-" + workspace.name().toLowerCase(Locale.ROOT));
            item.setAccelerator(KeyCombination.valueOf(workspace.accelerator()));
            item.setToggleGroup(group);
            item.setOnAction(event -> choose(workspace));
            workspaceItems.put(workspace, item);
            view.getItems().add(item);
        }
        MenuItem fullScreen = item(ShellAction.FULL_SCREEN, "menu-full-screen");
        fullScreen.setOnAction(event -> toggleFullScreen());
        Menu panels = new Menu(Texts.get("menu.panels"));
        panels.setId("menu-panels");
        view.setOnShowing(event -> listPanels(panels));
        listPanels(panels);
        MenuItem resetLayout = new MenuItem(Texts.get("menu.resetLayout"));
        resetLayout.setId("menu-reset-layout");
        resetLayout.setOnAction(event -> workspaces.reset(viewModel.workspaceProperty().get()));
        view.getItems().addAll(new SeparatorMenuItem(), panels, resetLayout, new SeparatorMenuItem(), fullScreen);

        MenuItem shortcuts = item(ShellAction.KEYBOARD_SHORTCUTS, "menu-shortcuts");
        shortcuts.setOnAction(event -> ShellDialogs.shortcuts(viewModel.shortcuts(), root.getScene().getWindow()).show());
        MenuItem about = new MenuItem(Texts.format("about.title", Texts.get("app.title")));
        about.setId("menu-about");
        about.setOnAction(event -> ShellDialogs.about(viewModel.about(), root.getScene().getWindow()).show());
        Menu help = new Menu(Texts.get("shell.menu.help"), null, shortcuts, new SeparatorMenuItem(), about);
        help.setId("menu-help");

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** The panels of the workspace on screen, each ticked when open; made again only when the workspace changed. */
    private void listPanels(Menu menu) {
        Workspace shown = viewModel.workspaceProperty().get();
        if (menu.getUserData() != shown) {
            menu.setUserData(shown);
            menu.getItems().clear();
            for (Panel panel : shown.panels()) {
                CheckMenuItem item = new CheckMenuItem(panel.title());
                item.setId("menu-panel-" + panel.slug());
                item.setUserData(panel);
                item.setOnAction(event -> {
                    if (item.isSelected()) {
                        workspaces.open(shown, panel);
                    } else {
                        workspaces.close(shown, panel);
                    }
                });
                menu.getItems().add(item);
            }
        }
        menu.getItems().forEach(item -> ((CheckMenuItem) item).setSelected(workspaces.shows(shown, (Panel) item.getUserData())));
    }

    /** The workspaces, whose layout the signed-in user's settings keep. */
    public WorkspaceView workspaces() {
        return workspaces;
    }

    private static MenuItem item(ShellAction action, String id) {
        MenuItem item = new MenuItem(action.title());
        item.setId(id);
        item.setAccelerator(KeyCombination.valueOf(action.accelerator()));
        return item;
    }

    private HBox workspaceSwitch() {
        HBox toggles = new HBox();
        toggles.setId("workspace-switch");
        toggles.getStyleClass().add("workspace-switch");
        Workspace[] all = Workspace.values();
        for (int i = 0; i < all.length; i++) {
            Workspace workspace = all[i];
            ToggleButton toggle = new ToggleButton(workspace.title());
            toggle.setId("workspace-" + workspace.name().toLowerCase(Locale.ROOT));
            toggle.setFocusTraversable(false);
            toggle.getStyleClass().addAll(Styles.SMALL,
                    i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            toggle.setOnAction(event -> choose(workspace));
            toggle.setTooltip(new Tooltip(Texts.format("hotkey.tooltip", workspace.title(),
                    KeyCombination.valueOf(workspace.accelerator()).getDisplayText())));
            workspaceToggles.put(workspace, toggle);
            toggles.getChildren().add(toggle);
        }
        return toggles;
    }

    private void choose(Workspace workspace) {
        viewModel.workspaceProperty().set(workspace);
        // Clicking the current workspace's toggle unselects it without changing the property: mark it again.
        markSelected(workspace);
    }

    private void show(Workspace workspace) {
        workspaceArea.getChildren().setAll(workspaces.of(workspace));
        markSelected(workspace);
    }

    private void markSelected(Workspace workspace) {
        workspaceItems.forEach((each, item) -> item.setSelected(each == workspace));
        workspaceToggles.forEach((each, toggle) -> toggle.setSelected(each == workspace));
    }

    private void toggleFullScreen() {
        Stage stage = (Stage) root.getScene().getWindow();
        stage.setFullScreen(!stage.isFullScreen());
    }

    /**
     * Above the workspace on a practice desk, in the theme's warning colour: that nothing is real or stored, and
     * the way out. Absent on the real desk.
     */
    private HBox practiceBanner() {
        Label text = new Label();
        text.setId("practice-banner");
        text.getStyleClass().add("practice-banner-text");
        text.textProperty().bind(viewModel.practiceTextProperty());
        text.setMinWidth(Region.USE_PREF_SIZE);
        Label detail = new Label();
        detail.setId("practice-detail");
        detail.textProperty().bind(Bindings.createStringBinding(viewModel::practiceDetail,
                viewModel.practiceTextProperty()));
        Controls.wholeOnHover(detail);
        detail.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(detail, Priority.ALWAYS);
        leavePractice.setId("practice-leave");
        leavePractice.getStyleClass().add(Styles.SMALL);
        leavePractice.setFocusTraversable(false);
        HBox banner = new HBox(text, detail, leavePractice);
        banner.getStyleClass().add("practice-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.managedProperty().bind(viewModel.practiceTextProperty().isNotEmpty());
        banner.visibleProperty().bind(banner.managedProperty());
        return banner;
    }

    private HBox statusBar() {
        Circle light = new Circle(ENGINE_LIGHT_RADIUS);
        light.getStyleClass().add("engine-light");
        Label engine = new Label();
        engine.setId("status-engine");
        engine.setGraphic(light);
        engine.textProperty().bind(viewModel.engineTextProperty());
        engine.setMinWidth(Region.USE_PREF_SIZE);
        viewModel.engineStateProperty().addListener((property, before, after) -> markEngineState(engine, after));
        markEngineState(engine, viewModel.engineStateProperty().get());

        Label simulation = new Label();
        simulation.setId("status-simulation");
        simulation.textProperty().bind(viewModel.simulationTextProperty());
        simulation.setMinWidth(Region.USE_PREF_SIZE);
        Separator simulationDivider = divider();
        simulation.managedProperty().bind(simulation.textProperty().isNotEmpty());
        simulation.visibleProperty().bind(simulation.managedProperty());
        simulationDivider.managedProperty().bind(simulation.managedProperty());
        simulationDivider.visibleProperty().bind(simulation.managedProperty());

        Label database = new Label(viewModel.databaseText());
        database.setId("status-database");
        // Where the bar is short (a laptop's 1280 pixels) the path gives way first, to its end, before the message:
        // the path is the same all day and whole on hover, the message is news.
        database.setMinWidth(DATABASE_MIN_WIDTH);
        database.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        Controls.wholeOnHover(database);

        Label instrument = new Label();
        instrument.setId("status-instrument");
        instrument.getStyleClass().add(DeskTheme.TABULAR);
        instrument.textProperty().bind(viewModel.instrumentTextProperty());
        instrument.setMinWidth(Region.USE_PREF_SIZE);

        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(viewModel.messageProperty());
        // A long refusal is cut at the bar's end: the whole of it on hover.
        Controls.wholeOnHover(message);
        message.setMaxWidth(Double.MAX_VALUE);
        message.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MESSAGE_KEPT_WIDTH, message.prefWidth(-1)), message.textProperty(), message.fontProperty()));
        HBox.setHgrow(message, Priority.ALWAYS);

        Label clock = new Label();
        clock.setId("status-clock");
        clock.getStyleClass().add(DeskTheme.TABULAR);
        clock.textProperty().bind(viewModel.clockTextProperty());
        clock.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(engine, divider(), simulation, simulationDivider, instrument, divider(), database, divider(), message, divider(), clock);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static void markEngineState(Label engine, EngineState state) {
        for (EngineState each : EngineState.values()) {
            engine.pseudoClassStateChanged(PseudoClass.getPseudoClass(each.name().toLowerCase(Locale.ROOT)), each == state);
        }
    }

    private static Separator divider() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
