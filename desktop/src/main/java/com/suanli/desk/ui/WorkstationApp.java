package com.suanli.desk.ui;

import com.suanli.data.firm.UserRole;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.practice.PracticeDesk;
import com.suanli.desk.ui.hotkey.TraderKeys;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.task.WorkerTaskExecutor;
import com.suanli.desk.ui.calculator.CoverBuyer;
import com.suanli.desk.ui.calculator.CoverDesk;
import com.suanli.desk.ui.calculator.PolicyBook;
import com.suanli.desk.ui.chart.DatabaseTradeArchive;
import com.suanli.desk.ui.chart.DepthChartViewModel;
import com.suanli.desk.ui.curve.ReferenceCurves;
import com.suanli.desk.ui.curve.StoredCurves;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.marketwatch.MarketWatchView;
import com.suanli.desk.ui.marketwatch.MarketWatchViewModel;
import com.suanli.desk.ui.risk.ClearingReader;
import com.suanli.desk.ui.replay.ReplayWorkspace;
import com.suanli.desk.ui.replay.SessionSource;
import com.suanli.desk.ui.monitoring.MonitoringHistory;
import com.suanli.desk.ui.monitoring.MonitoringView;
import com.suanli.desk.ui.monitoring.MonitoringViewModel;
import com.suanli.desk.ui.risk.DatabaseScenarioStore;
import com.suanli.desk.ui.risk.DeskViewer;
import com.suanli.desk.ui.risk.RiskWorkspace;
import com.suanli.desk.ui.shell.ShellView;
import com.suanli.desk.ui.shell.ShellViewModel;
import com.suanli.desk.ui.simulation.SimulationControl;
import com.suanli.desk.ui.simulation.SimulationMenu;
import com.suanli.desk.ui.text.LanguageMenu;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.NextPulse;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.desk.ui.users.SignInView;
import com.suanli.desk.ui.users.SignOn;
import com.suanli.desk.ui.users.UsersView;
import com.suanli.desk.ui.users.UsersViewModel;
import com.suanli.desk.ui.workspace.LayoutKeeper;
import com.suanli.desk.ui.workspace.PanelViews;
import com.suanli.desk.ui.workspace.UserLayouts;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The workstation window. Start it with {@link #open(WorkstationContext)}, or build it with a context in tests. */
public final class WorkstationApp extends Application {

    private static final double PREFERRED_WIDTH = 1480;
    private static final double PREFERRED_HEIGHT = 920;
    private static final double MINIMUM_WIDTH = 960;
    private static final double MINIMUM_HEIGHT = 600;

    /**
     * The exchange account the workstation trades, opened in clearing at the first start. A fresh desk's
     * first user trades it; the host refuses it to a user who does not.
     */
    static final long LOCAL_TRADER_ACCOUNT = LocalTrader.ACCOUNT;
    /** System property naming the trader's keys file, for a desk that keeps its settings elsewhere. */
    static final String KEYS_PROPERTY = "suanli.desk.keys";

    /** {@code Application.launch} builds the app reflectively: the wiring reaches it through here. */
    private static final AtomicReference<WorkstationContext> LAUNCH_CONTEXT = new AtomicReference<>();

    /** The desk as wired: its real exchange, and the practice desk to open on instead when it has one. */
    private final WorkstationContext wired;
    /** The desk on screen: the practice desk's while the trader practises, else {@link #wired}. */
    private WorkstationContext context;
    private Optional<PracticeDesk> practising = Optional.empty();
    private ShellView shell;
    private EngineLauncher engine;
    private TaskExecutor riskTasks;
    private TaskExecutor deskRiskTasks;
    private TaskExecutor replayTasks;
    private SimulationControl simulation;
    private LayoutKeeper layouts;

    /** Used by {@code Application.launch} only. */
    public WorkstationApp() {
        this(Objects.requireNonNull(LAUNCH_CONTEXT.get(),
                "WorkstationApp: start it with WorkstationApp.open(context), not Application.launch"));
    }

    public WorkstationApp(WorkstationContext context) {
        this.wired = Objects.requireNonNull(context, "context");
        this.context = context;
    }

    /** Opens the window and returns when the user has quit. */
    public static void open(WorkstationContext context) {
        LAUNCH_CONTEXT.set(Objects.requireNonNull(context, "context"));
        Painting.beforeToolkit();
        Application.launch(WorkstationApp.class);
    }

    /** Opens on the practice desk when the context has one (the exchange is shut today), else on the real desk. */
    @Override
    public void start(Stage stage) {
        practising = wired.practice();
        context = practising.map(wired::practising).orElse(wired);
        build(stage);
    }

    /**
     * The trader leaves practice: its session, views and exchange stop, its database in memory is dropped, and the
     * real desk opens in the same window (FX thread).
     */
    private void leavePractice(Stage stage) {
        stop();
        practising.ifPresent(PracticeDesk::close);
        practising = Optional.empty();
        layouts = null;
        context = wired;
        build(stage);
    }

    private void build(Stage stage) {
        DeskTheme.install();
        InstrumentLink link = new InstrumentLink();
        ShellViewModel viewModel = new ShellViewModel(context.version(), context.database(), context.clock(), link);
        practising.ifPresent(desk -> viewModel.practise(desk.day(), wired.clock()));
        MarketWatchViewModel marketWatch = new MarketWatchViewModel(link, context.clock());
        TradingDesk trading = new TradingDesk(LOCAL_TRADER_ACCOUNT);
        engine = new EngineLauncher(context.exchange(), context.tasks(), viewModel, marketWatch, trading,
                Platform::runLater, new NextPulse(Platform::runLater));
        TraderOrders orders = new TraderOrders(engine.gateway(), LOCAL_TRADER_ACCOUNT, context.clock(),
                Platform::runLater, viewModel::showMessage);
        TraderDesk trader = new TraderDesk(trading, orders, link, traderKeys(viewModel), context.clock().getZone());
        viewModel.addShortcuts(trader.shortcuts());
        engine.onRunning(started -> trader.opened(started.exchange(), Platform::runLater, viewModel::showMessage));
        TraderCharts charts = new TraderCharts(trading, link, new DatabaseTradeArchive(context.store()),
                instrumentId -> engine.exchange().flatMap(running -> running.exchange().market()
                        .depth(instrumentId, DepthChartViewModel.LEVELS)),
                new StoredCurves(context.store()).orElse(new ReferenceCurves(trading::catalogue)),
                context.tasks(), context.clock());
        riskTasks = new WorkerTaskExecutor("desk-risk", Platform::runLater);
        deskRiskTasks = new WorkerTaskExecutor("desk-risk-view", Platform::runLater);
        RiskWorkspace risk = new RiskWorkspace(riskTasks, deskRiskTasks, Platform::runLater,
                new DatabaseScenarioStore(context.store()));
        trading.followBeyondBooks(risk.desk()::onEvents);
        PolicyBook policies = new PolicyBook();
        trading.followBeyondBooks(policies::apply);
        risk.buyCovers(new CoverDesk(new CoverBuyer(engine.gateway(), trading::account, context.clock(),
                trading::catalogue, () -> simulation.sessionDay(), Platform::runLater), policies));
        // The sign-in is read with the exchange's start, and answered on the FX thread before the market watch lists.
        MenuItem users = signOn(stage, viewModel, trader, risk, policies);
        replayTasks = new WorkerTaskExecutor("desk-replay", Platform::runLater);
        ReplayWorkspace replay = new ReplayWorkspace(SessionSource.of(context.store()), replayTasks, Platform::runLater,
                viewModel::showMessage);
        engine.onRunning(started -> replay.model().refresh());
        engine.onRunning(started -> risk.desk().connect(new ClearingReader(started.exchange(),
                context.clock(), ClearingReader.usersAccounts(context.store()))::read));
        MonitoringViewModel monitoring = new MonitoringViewModel();
        shell = new ShellView(viewModel, panels(marketWatch, trader, charts, risk, replay, monitoring,
                context.clock().getZone()),
                Platform::exit);
        simulation = new SimulationControl(context.clock(), Platform::runLater, viewModel::showMessage,
                context.simulation(), context.store(), monitoring, context.exchange().connected());
        viewModel.simulationTextProperty().bind(simulation.statusTextProperty());
        simulation.onListed(marketWatch::sessionTrades);
        shell.addMenu(SimulationMenu.of(simulation, () -> stage));
        shell.addToViewMenu(LanguageMenu.of(context.language(), viewModel::showMessage));
        if (practising.isPresent()) {
            shell.onLeavePractice(() -> leavePractice(stage));
        }
        shell.addToFileMenu(users);
        engine.onRunning(started -> simulation.exchangeRunning(started.exchange(), SimulationMenu.CALM_MONTH));
        // Read with the exchange's start, off the FX thread; shown in the same turn as the simulation starts, so
        // before its first live reading.
        engine.onStarted(started -> {
            Optional<MonitoringHistory> kept = context.store().get()
                    .map(store -> MonitoringHistory.read(store, context.clock()));
            return () -> kept.ifPresent(history -> history.showIn(monitoring));
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(shell.root(),
                Math.min(PREFERRED_WIDTH, screen.getWidth()), Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        DeskTheme.applyTo(scene);
        trader.installKeys(scene);
        stage.setTitle(viewModel.title());
        stage.setMinWidth(Math.min(MINIMUM_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MINIMUM_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.show();
        // A trader keeps the desk on a whole screen; the scene size above is what un-maximizing restores.
        // After show(): on GTK a maximize requested before the window is mapped can be dropped.
        stage.setMaximized(true);
        // Only once the window is up: the trader sees "Starting engine…" while the catalogue loads.
        engine.launch();
    }

    /**
     * Once the exchange runs, the desk's user signs in (without a prompt on a local desk of one user); the
     * trader's commands then go to the exchange as that user, and an administrator gets File > Users… (the item
     * answered, for the File menu).
     */
    private MenuItem signOn(Stage stage, ShellViewModel viewModel, TraderDesk trader, RiskWorkspace risk,
                            PolicyBook policies) {
        MenuItem users = new MenuItem(Texts.get("shell.users-item"));
        users.setId("menu-users");
        users.setDisable(true);
        SignOn signOn = new SignOn(context.tasks(), SignOn.localLogin(System.getProperty("user.name")),
                LOCAL_TRADER_ACCOUNT, form -> {
                    viewModel.showMessage(Texts.get("signon.sign-in-to-trade"));
                    new SignInView(form, stage, context.database()).show();
                },
                session -> {
                    engine.signedIn(session);
                    trader.signedIn(session.user().accounts());
                    trader.resumeDay(session.user().accounts(), context.store(), context.tasks(), context.clock());
                    trader.keepQuoterSettings(context.store(), session.user().login(), context.tasks());
                    layouts = new LayoutKeeper(new UserLayouts(context.store(), session.user().login()),
                            context.tasks(), viewModel::showMessage);
                    layouts.follow(shell.workspaces());
                    risk.desk().signedIn(DeskViewer.of(session.user()));
                    policies.accountsOf(session.user().accounts());
                    engine.exchange().ifPresent(running -> running.exchange().ask(PolicyBook::held)
                            .thenAcceptAsync(policies::seed, Platform::runLater));
                    viewModel.showMessage(Texts.format("signon.signed-in-as", Texts.term(session.user().role()),
                            session.user().login()));
                    users.setDisable(session.user().role() != UserRole.ADMINISTRATOR);
                    users.setOnAction(event -> new UsersView(new UsersViewModel(session, context.tasks()), stage).show());
                },
                failure -> viewModel.showMessage(Texts.format("signon.nobody-signed-in", failure)));
        engine.onStarted(started -> signOn.read(started.exchange().users()));
        return users;
    }

    /** The features wired so far answer their panels; the others show what will appear there. */
    private static PanelViews panels(MarketWatchViewModel marketWatch, TraderDesk trader, TraderCharts charts,
                                     RiskWorkspace risk, ReplayWorkspace replay, MonitoringViewModel monitoring,
                                     ZoneId zone) {
        PanelViews empty = PanelViews.emptyStates();
        return panel -> switch (panel) {
            case MARKET_WATCH -> new MarketWatchView(marketWatch).root();
            case RISK -> risk.deskView(zone);
            case SCENARIOS -> risk.scenariosView();
            case CALCULATORS -> risk.calculatorsView();
            case CHARTS -> charts.root();
            case SESSION_LIBRARY -> replay.libraryView();
            case SESSION_REPLAY -> replay.replayView();
            case MONITORING -> new MonitoringView(monitoring).root();
            default -> {
                Node traders = trader.viewOf(panel);
                yield traders != null ? traders : empty.viewOf(panel);
            }
        };
    }

    /**
     * The trader's keys: the defaults, changed by {@code desk-keys.properties} in the desk's settings folder
     * (or the file the {@value #KEYS_PROPERTY} system property names). A file with an error is refused whole
     * and the status bar says why.
     */
    private static TraderKeys traderKeys(ShellViewModel shell) {
        Path file = Path.of(System.getProperty(KEYS_PROPERTY,
                Path.of(System.getProperty("user.home"), ".suanli", "desk-keys.properties").toString()));
        try {
            return TraderKeys.load(file);
        } catch (IllegalArgumentException refused) {
            shell.showMessage(Texts.format("shell.keys-not-changed", refused.getMessage()));
            return TraderKeys.defaults();
        }
    }

    @Override
    public void stop() {
        if (simulation != null) {
            // Before the exchange closes: the session's last step is applied and its listener removed.
            simulation.close();
        }
        if (engine != null) {
            // Before the workers close: an event arriving later would hand a closed worker a refresh.
            engine.close();
        }
        if (shell != null) {
            if (layouts != null) {
                layouts.closing(shell.workspaces());
            }
            shell.close();
        }
        if (replayTasks != null) {
            replayTasks.close();
        }
        if (riskTasks != null) {
            riskTasks.close();
        }
        if (deskRiskTasks != null) {
            deskRiskTasks.close();
        }
    }
}
