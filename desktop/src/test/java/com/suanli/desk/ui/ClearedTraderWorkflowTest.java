package com.suanli.desk.ui;

import static com.suanli.desk.ui.workspace.Arrangement.at;
import static com.suanli.desk.ui.workspace.Arrangement.column;
import static com.suanli.desk.ui.workspace.Arrangement.row;
import static com.suanli.desk.ui.workspace.Arrangement.tabs;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.account.AccountViewModel;
import com.suanli.desk.ui.account.MarkedPosition;
import com.suanli.desk.ui.autoquote.FairValueSource;
import com.suanli.desk.ui.autoquote.QuoteRules;
import com.suanli.desk.ui.autoquote.TwoSidedQuote;
import com.suanli.desk.ui.hotkey.TraderKeys;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.desk.ui.marketwatch.MarketWatchView;
import com.suanli.desk.ui.marketwatch.MarketWatchViewModel;
import com.suanli.desk.ui.workspace.Panel;
import com.suanli.desk.ui.workspace.PanelViews;
import com.suanli.desk.ui.workspace.SavedLayout;
import com.suanli.desk.ui.workspace.Workspace;
import com.suanli.desk.ui.workspace.WorkspaceView;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The trader's panels in a window, headless, over a real engine with the desk's clearing house: get filled from
 * the ladder and see the account's position, P&amp;L and margin change; run the auto-quoter, see its quote on the
 * ladder and in the blotter, and kill it by its key.
 */
@ExtendWith(ApplicationExtension.class)
class ClearedTraderWorkflowTest {

    /** 9,000 CNY in each member's account. */
    private static final long DEPOSIT_FEN = 900_000;

    /**
     * Made with the test instance, on the test's thread: a cold engine with its clearing house (the catalogue read,
     * the clearing set-up: 12-13 s at load 32) is then no part of the window's setup, which TestFX bounds in wall
     * time (desktop/pom.xml, {@code testfx.setup.timeout}).
     */
    private final TraderFixture fixture = TraderFixture.cleared();
    private final ContractSpec june = fixture.june;
    private final long reference = fixture.reference();
    private Stage stage;

    @Start
    void start(Stage stage) {
        TraderDesk trader = new TraderDesk(fixture.desk, fixture.orders, fixture.link, TraderKeys.defaults(),
                TraderFixture.MARKET_OPEN.getZone());
        MarketWatchViewModel marketWatch = new MarketWatchViewModel(fixture.link);
        marketWatch.list(TraderFixture.GUIZHOU);
        // The trading workspace as the workstation lays it out, the market watch over the same listing.
        Node market = new MarketWatchView(marketWatch).root();
        WorkspaceView workspaces = new WorkspaceView(panel -> panel == Panel.MARKET_WATCH ? market
                : Objects.requireNonNullElseGet(trader.viewOf(panel), () -> PanelViews.emptyStates().viewOf(panel)));
        // Docked as a trader may: the account beside the blotter, both in view while the ladder trades.
        workspaces.restore(SavedLayout.of(Map.of(Workspace.TRADING, Optional.of(column(at(0.56),
                row(at(0.44, 0.72), tabs(Panel.MARKET_WATCH), tabs(Panel.LADDER), tabs(Panel.ORDER_TICKET)),
                row(at(0.45, 0.75), tabs(Panel.BLOTTER), tabs(Panel.ACCOUNT, Panel.AUTO_QUOTER),
                        tabs(Panel.CHARTS)))))));
        StackPane screen = new StackPane(workspaces.of(Workspace.TRADING));
        screen.getStyleClass().add("workspace-area");
        // Monocle's headless screen is 1280x800 unless -Dheadless.geometry says more (the screenshot run).
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        Scene scene = new Scene(screen, Math.min(1600, bounds.getWidth()), Math.min(1000, bounds.getHeight()));
        DeskTheme.applyTo(scene);
        trader.installKeys(scene);
        this.stage = stage;
        stage.setScene(scene);
        stage.show();
        fixture.fund(DEPOSIT_FEN);
        fixture.link.selectedInstrumentProperty().set(june);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void click(FxRobot robot, String query) {
        robot.clickOn(query);
        DeskWindow.settle();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void get_filled_from_the_ladder_and_see_the_position_pnl_and_margin_change(FxRobot robot) {
        assertThat(text(robot, "#account-cash")).isEqualTo("9,000.00");
        assertThat(text(robot, "#account-initial")).isEqualTo("0.00");
        robot.interact(() -> fixture.other(Side.ASK, reference + 1, 1));

        click(robot, "#ladder-bid-" + (reference + 1));

        TableView<MarkedPosition> positions = table(robot, "#account-positions-table");
        assertThat(positions.getItems()).singleElement().satisfies(position -> {
            assertThat(position.contract()).isEqualTo(june);
            assertThat(position.netLots()).isEqualTo(1);
            assertThat(position.averagePrice()).isEqualByComparingTo(june.toPrice(reference + 1));
        });
        assertThat(text(robot, "#account-initial")).isNotEqualTo("0.00");
        assertThat(text(robot, "#account-held")).isEqualTo(text(robot, "#account-initial"));
        assertThat(text(robot, "#account-cash")).as("less the taker's fee").startsWith("8,99");
        assertThat(text(robot, "#account-unrealised")).isEqualTo("0.00");
        assertThat(text(robot, "#account-health")).isEqualTo("Margin covered");

        // Two other members trade five ticks higher: the long lot gains 5 ticks of 10 CNY.
        robot.interact(() -> {
            fixture.member(TraderFixture.THIRD, Side.BID, reference + 6, 1, TimeInForce.GTC);
            fixture.other(Side.ASK, reference + 6, 1);
        });
        DeskWindow.settle();

        assertThat(text(robot, "#account-unrealised")).isEqualTo(AccountViewModel.cny(5 * june.tickValueFen()));
        assertThat(robot.lookup("#account-unrealised").queryAs(Label.class).getPseudoClassStates()).contains(DeskTheme.UP);
    }

    @Test
    void run_the_auto_quoter_see_its_quote_and_kill_it_by_its_key(FxRobot robot) {
        click(robot, "#tab-auto-quoter");
        assertThat(robot.lookup("#autoquote-source").queryAs(ChoiceBox.class).getValue()).isEqualTo(FairValueSource.CURVE);

        click(robot, "#autoquote-start");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);   // centre the ladder on the quote
        DeskWindow.settle();

        TableView<OwnOrder> working = table(robot, "#blotter-working-table");
        assertThat(working.getItems()).hasSize(2).allSatisfy(order -> assertThat(order.quoteSide()).isTrue());
        long bid = working.getItems().stream().filter(order -> order.side() == Side.BID).findFirst().orElseThrow().price();
        long ask = working.getItems().stream().filter(order -> order.side() == Side.ASK).findFirst().orElseThrow().price();
        assertThat(ask - bid).isEqualTo(4);
        assertThat(text(robot, "#autoquote-fair")).contains("curve through");
        assertThat(text(robot, "#ladder-own-bid-" + bid)).isEqualTo("1");
        assertThat(text(robot, "#ladder-own-ask-" + ask)).isEqualTo("1");
        assertThat(text(robot, "#autoquote-status")).isEqualTo("Quoting H100-GZ-2027M06 on the curve");
        assertThat(new TwoSidedQuote(bid, ask, 1)).isEqualTo(new QuoteRules(4, 1, 0.5, 1, 10)
                .quoteAt(fairTicks(robot), 0));

        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        DeskWindow.settle();

        assertThat(working.getItems()).isEmpty();
        assertThat(text(robot, "#ladder-own-bid-" + bid)).isEmpty();
        assertThat(text(robot, "#ladder-own-ask-" + ask)).isEmpty();
        assertThat(text(robot, "#autoquote-status")).isEqualTo("Killed: quote pulled");
        assertThat(text(robot, "#autoquote-quote")).isEmpty();
    }

    /**
     * Not a test: with {@code -Ddesk.screenshots=DIR} (docs/workstation.md), the trader's panels over a clearing
     * engine: three lots of June bought, the market five ticks up, the auto-quoter quoting June around its curve
     * value (leaning against the long), the account panel in front.
     */
    @Test
    @EnabledIfSystemProperty(named = Screenshots.DIRECTORY, matches = ".+")
    void screenshot_of_the_account_and_the_auto_quoter(FxRobot robot) throws Exception {
        robot.interact(() -> {
            fixture.fund(4_000_000);   // 40,000 CNY more each: room for the others' market and the quote
            fixture.other(Side.ASK, reference, 3);
            fixture.orders.placeLimit(june, Side.BID, reference, 3);
            fixture.member(TraderFixture.THIRD, Side.BID, reference + 6, 1, TimeInForce.GTC);
            fixture.member(TraderFixture.OTHER, Side.ASK, reference + 6, 1, TimeInForce.IOC);
            fixture.member(TraderFixture.THIRD, Side.BID, reference - 5, 2, TimeInForce.GTC);
            fixture.other(Side.ASK, reference + 9, 2);
        });
        robot.clickOn(june.symbol());
        click(robot, "#tab-auto-quoter");
        click(robot, "#autoquote-start");
        click(robot, "#tab-account");
        robot.moveTo("#account-health");
        Screenshots.save(stage, "workstation-account.png");
    }

    /** The fair value the panel shows, back in ticks: CNY per unit at two more decimals than the tick. */
    private double fairTicks(FxRobot robot) {
        String shown = text(robot, "#autoquote-fair");
        return Double.parseDouble(shown.substring(0, shown.indexOf(' '))) / june.tickSize().doubleValue();
    }
}
