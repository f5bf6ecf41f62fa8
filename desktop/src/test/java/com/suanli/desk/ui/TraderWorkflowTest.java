package com.suanli.desk.ui;

import static com.suanli.desk.ui.DeskWindow.GUIZHOU;
import static com.suanli.desk.ui.DeskWindow.MARKET_OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.trading.OrderStatus;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.listing.ContractSpec;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The trader's main workflows in the real window, headless, against the real in-process engine: choose an
 * instrument in the market watch, then place, move and cancel orders on the ladder and see the blotter follow;
 * cancel all by hotkey; a ticket with a bad quantity names the field.
 */
@ExtendWith(ApplicationExtension.class)
class TraderWorkflowTest {

    private static final ContractSpec JUNE = GUIZHOU.bySymbol("H100-GZ-2027M06");
    private static final long REFERENCE = JUNE.referencePriceTicks();

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        DESK.openDatabase(dir);
        DESK.open(stage, () -> GUIZHOU, MARKET_OPEN);
    }

    private static void chooseJune(FxRobot robot) {
        robot.clickOn(JUNE.symbol());
        DeskWindow.settle();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<OwnOrder> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static void click(FxRobot robot, String query) {
        robot.clickOn(query);
        DeskWindow.settle();
    }

    @Test
    void choosing_an_instrument_drives_the_ladder_and_the_ticket(FxRobot robot) {
        assertThat(robot.lookup("#ladder-placeholder").queryAs(Label.class).isVisible()).isTrue();

        chooseJune(robot);

        assertThat(text(robot, "#ladder-price-" + REFERENCE)).isEqualTo(JUNE.toPrice(REFERENCE).toPlainString());
        assertThat(text(robot, "#ticket-instrument")).isEqualTo(JUNE.symbol());
        assertThat(robot.lookup("#ticket-price").queryAs(TextField.class).getText())
                .isEqualTo(JUNE.toPrice(REFERENCE).toPlainString());
    }

    @Test
    void click_the_ladder_to_bid_drag_to_move_and_click_the_order_to_cancel(FxRobot robot) {
        chooseJune(robot);
        long first = REFERENCE - 2;
        long moved = REFERENCE - 5;

        click(robot, "#ladder-bid-" + first);
        DeskWindow.awaitOnFx("the bid working on the ladder", () -> "1".equals(text(robot, "#ladder-own-bid-" + first)));

        assertThat(text(robot, "#ladder-own-bid-" + first)).isEqualTo("1");
        assertThat(text(robot, "#ladder-bid-" + first)).isEqualTo("1");
        TableView<OwnOrder> working = table(robot, "#blotter-working-table");
        assertThat(working.getItems()).singleElement().satisfies(order -> {
            assertThat(order.price()).isEqualTo(first);
            assertThat(order.status()).isEqualTo(OrderStatus.WORKING);
        });

        robot.drag("#ladder-own-bid-" + first).dropTo("#ladder-bid-" + moved);
        DeskWindow.awaitOnFx("the bid moved", () -> "1".equals(text(robot, "#ladder-own-bid-" + moved)));

        assertThat(text(robot, "#ladder-own-bid-" + first)).isEmpty();
        assertThat(text(robot, "#ladder-own-bid-" + moved)).isEqualTo("1");
        assertThat(working.getItems()).singleElement().extracting(OwnOrder::price).isEqualTo(moved);

        click(robot, "#ladder-own-bid-" + moved);
        DeskWindow.awaitOnFx("the bid cancelled", () -> working.getItems().isEmpty());

        assertThat(text(robot, "#ladder-own-bid-" + moved)).isEmpty();
        assertThat(working.getItems()).isEmpty();
        click(robot, "#blotter-orders");
        assertThat(table(robot, "#blotter-orders-table").getItems()).singleElement().satisfies(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.cancelReason()).isEqualTo(CancelReason.USER);
        });
    }

    @Test
    void a_sell_click_offers_and_the_cancel_all_key_cancels_every_order(FxRobot robot) {
        chooseJune(robot);
        click(robot, "#ladder-bid-" + (REFERENCE - 1));
        click(robot, "#ladder-ask-" + (REFERENCE + 1));
        DeskWindow.awaitOnFx("both orders working", () -> table(robot, "#blotter-working-table").getItems().size() == 2);
        assertThat(text(robot, "#ladder-own-ask-" + (REFERENCE + 1))).isEqualTo("1");
        assertThat(table(robot, "#blotter-working-table").getItems()).hasSize(2);

        robot.type(KeyCode.F12);
        DeskWindow.awaitOnFx("every order cancelled", () -> table(robot, "#blotter-working-table").getItems().isEmpty());

        assertThat(table(robot, "#blotter-working-table").getItems()).isEmpty();
        assertThat(text(robot, "#ladder-own-ask-" + (REFERENCE + 1))).isEmpty();
    }

    @Test
    void a_quantity_preset_key_sets_what_a_ladder_click_trades(FxRobot robot) {
        chooseJune(robot);

        robot.press(KeyCode.ALT).type(KeyCode.DIGIT3).release(KeyCode.ALT);
        DeskWindow.settle();
        click(robot, "#ladder-bid-" + (REFERENCE - 3));
        DeskWindow.awaitOnFx("ten lots bid", () -> "10".equals(text(robot, "#ladder-own-bid-" + (REFERENCE - 3))));

        assertThat(text(robot, "#ladder-quantity")).isEqualTo("Qty 10");
        assertThat(text(robot, "#ladder-own-bid-" + (REFERENCE - 3))).isEqualTo("10");
        assertThat(robot.lookup("#ticket-quantity").queryAs(TextField.class).getText()).isEqualTo("10");
    }

    @Test
    void a_ticket_with_a_bad_quantity_says_which_field_and_why_and_sends_nothing(FxRobot robot) {
        chooseJune(robot);
        TextField quantity = robot.lookup("#ticket-quantity").queryAs(TextField.class);
        robot.interact(quantity::clear);

        robot.clickOn(quantity).write("1.5");
        click(robot, "#ticket-buy");

        assertThat(text(robot, "#ticket-quantity-error")).isEqualTo("Quantity: must be a whole number of lots, was '1.5'");
        assertThat(quantity.getPseudoClassStates()).extracting(Object::toString).contains("danger");
        click(robot, "#blotter-orders");
        assertThat(table(robot, "#blotter-orders-table").getItems()).isEmpty();
    }

    @Test
    void a_ticket_order_the_exchange_refuses_is_in_the_rejects_with_its_reason(FxRobot robot) {
        chooseJune(robot);
        TextField price = robot.lookup("#ticket-price").queryAs(TextField.class);
        robot.interact(() -> price.setText(JUNE.toPrice(JUNE.bandHighTicks(REFERENCE) + 1).toPlainString()));

        click(robot, "#ticket-sell");
        DeskWindow.awaitOnFx("the refusal", () -> text(robot, "#ticket-message").contains("refused"));

        assertThat(text(robot, "#ticket-message")).startsWith("Sell 1 H100-GZ-2027M06 · refused OUTSIDE_PRICE_BAND");
        click(robot, "#blotter-rejects");
        DeskWindow.awaitOnFx("the reject in the blotter",
                () -> robot.lookup("#blotter-rejects-table").queryAs(TableView.class).getItems().size() == 1);
        assertThat(robot.lookup("#blotter-rejects-table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(text(robot, "#status-message")).startsWith("PLACE_ORDER refused OUTSIDE_PRICE_BAND");
    }

    @Test
    void an_order_entered_on_the_ticket_works_in_the_blotter_and_on_the_ladder(FxRobot robot) {
        chooseJune(robot);
        TextField price = robot.lookup("#ticket-price").queryAs(TextField.class);
        robot.interact(() -> price.setText(JUNE.toPrice(REFERENCE - 4).toPlainString()));
        TextField quantity = robot.lookup("#ticket-quantity").queryAs(TextField.class);
        robot.interact(quantity::clear);
        robot.clickOn(quantity).write("7");

        click(robot, "#ticket-buy");
        DeskWindow.awaitOnFx("the bid on the ladder, and taken", () -> "7".equals(text(robot, "#ladder-own-bid-"
                + (REFERENCE - 4))) && text(robot, "#ticket-message").endsWith("taken"));

        assertThat(text(robot, "#ticket-message")).isEqualTo("Buy 7 H100-GZ-2027M06 · taken");
        assertThat(text(robot, "#ladder-own-bid-" + (REFERENCE - 4))).isEqualTo("7");
        assertThat(table(robot, "#blotter-working-table").getItems()).singleElement().satisfies(order -> {
            assertThat(order.quantity()).isEqualTo(7);
            assertThat(order.price()).isEqualTo(REFERENCE - 4);
        });
    }

    @Test
    void the_buy_key_sends_the_ticket_as_a_buy(FxRobot robot) {
        chooseJune(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        DeskWindow.awaitOnFx("the bid on the ladder", () -> "1".equals(text(robot, "#ladder-own-bid-" + REFERENCE)));

        assertThat(text(robot, "#ladder-own-bid-" + REFERENCE)).isEqualTo("1");
        assertThat(table(robot, "#blotter-working-table").getItems()).hasSize(1);
    }

    @Test
    void a_two_sided_quote_goes_in_with_one_click_and_shows_on_both_sides_of_the_ladder(FxRobot robot) {
        chooseJune(robot);
        click(robot, "#ticket-quote-tab");
        robot.interact(() -> {
            robot.lookup("#ticket-bid-price").queryAs(TextField.class).setText(JUNE.toPrice(REFERENCE - 1).toPlainString());
            robot.lookup("#ticket-bid-quantity").queryAs(TextField.class).setText("3");
            robot.lookup("#ticket-ask-price").queryAs(TextField.class).setText(JUNE.toPrice(REFERENCE + 1).toPlainString());
            robot.lookup("#ticket-ask-quantity").queryAs(TextField.class).setText("4");
        });

        click(robot, "#quote-send");
        DeskWindow.awaitOnFx("both sides on the ladder, and taken", () -> "4".equals(text(robot, "#ladder-own-ask-"
                + (REFERENCE + 1))) && text(robot, "#quote-message").endsWith("taken"));

        assertThat(text(robot, "#quote-message")).isEqualTo("Quote H100-GZ-2027M06 · taken");
        assertThat(text(robot, "#ladder-own-bid-" + (REFERENCE - 1))).isEqualTo("3");
        assertThat(text(robot, "#ladder-own-ask-" + (REFERENCE + 1))).isEqualTo("4");
        assertThat(table(robot, "#blotter-working-table").getItems()).hasSize(2).allSatisfy(order ->
                assertThat(order.quoteSide()).isTrue());

        click(robot, "#quote-pull");

        TableView<OwnOrder> working = table(robot, "#blotter-working-table");
        DeskWindow.awaitOnFx("both quote sides pulled from the blotter", () -> working.getItems().isEmpty());
        assertThat(working.getItems()).isEmpty();
    }
}
