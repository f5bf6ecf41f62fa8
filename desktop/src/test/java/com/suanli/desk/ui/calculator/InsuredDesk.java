package com.suanli.desk.ui.calculator;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.access.DeskSession;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.DeskListener;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.task.WorkerTaskExecutor;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.HostGateway;
import com.suanli.exchange.engine.command.ReportOutage;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.insurance.InsuranceProgramme;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * A real desk on Monday 1 March 2027 with the session's insurer (account 990) and a trader, wang, trading account
 * 2002, and the calculators panel in a window buying covers as wang: the exchange's events reach the policies on
 * the FX thread as the workstation's do.
 */
final class InsuredDesk implements AutoCloseable {

    static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    static final long NOW = MARKET_OPEN.millis();
    static final long WANGS = 2002;
    static final long INSURER = InsuranceProgramme.INSURER_ACCOUNT;
    static final String ID = "calc-outage-cover-quote";

    final DeskExchange desk;
    final OutageCoverQuote calculator;
    private final DeskStore store;
    private final ExchangeStartup startup;
    private final WorkerTaskExecutor tasks;

    InsuredDesk(Path dir, Stage stage) {
        store = TestDesks.database(dir);
        startup = TestDesks.startup(() -> CatalogueJson.readDefault().inHub(Hub.YRD), store, MARKET_OPEN);
        desk = startup.start().exchange();
        TestDesks.openMember(desk, NOW, WANGS, 10_000_000L);
        TestDesks.openMember(desk, NOW, INSURER, 2_000_000_000L);
        DeskSession local = desk.users().local("li", 1001).orElseThrow();
        local.users().resetPassword("li", "head-of-desk-1".toCharArray());
        local.users().add("wang", "Wang Fang", UserRole.TRADER, "east-west-9".toCharArray(), List.of(WANGS));
        DeskSession trader = desk.users().signIn("wang", "east-west-9".toCharArray());

        PolicyBook policies = new PolicyBook();
        policies.accountsOf(trader.user().accounts());
        desk.subscribe("policies", new DeskListener() {
            @Override
            public void onEvents(List<ExchangeEvent> batch) {
                Platform.runLater(() -> policies.apply(batch));
            }
        });
        tasks = new WorkerTaskExecutor("test-cover-purchase", Platform::runLater);
        CoverBuyer buyer = new CoverBuyer(new HostGateway(trader, id -> desk.catalogue().find(id)), () -> WANGS, MARKET_OPEN, desk::catalogue,
                Optional::empty, Platform::runLater);
        List<Calculator> calculators = Calculators.all(tasks);
        calculator = (OutageCoverQuote) calculators.get(2);
        // Monocle's headless screen is 1280x800 unless -Dheadless.geometry says more (the screenshot run).
        Rectangle2D screen = Screen.getPrimary().getBounds();
        Scene scene = new Scene(new CalculatorsView(calculators, new CoverDesk(buyer, policies)).root(),
                Math.min(1300, screen.getWidth()), Math.min(1000, screen.getHeight()));
        DeskTheme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    long cash(long account) {
        return desk.ask(engine -> engine.cash(account)).join();
    }

    /** The hub's monitoring reports 2,000 of its 10,000 GPUs down for five hours from now. */
    boolean outageAtYrd() {
        return desk.submit(new ReportOutage(NOW, "H100", Hub.YRD, NOW, NOW + 5 * 3_600_000L, 2_000, 10_000)).join()
                .accepted();
    }

    @Override
    public void close() {
        tasks.close();
        startup.close();
        store.close();
    }
}
