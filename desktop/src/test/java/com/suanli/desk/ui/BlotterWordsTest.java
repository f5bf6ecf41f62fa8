package com.suanli.desk.ui;

import static com.suanli.desk.ui.DeskWindow.GUIZHOU;
import static com.suanli.desk.ui.DeskWindow.MARKET_OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.simulation.SimulationSetting;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.exchange.listing.ContractSpec;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The blotter's own words in the real window, in English and in Chinese: a working order's cancel button and
 * every figure and word of its row are drawn whole (never cut to "…"), and once it has cancelled the order, the Orders tab says why in the desk's
 * language (the engine's code in English, a phrase in Chinese).
 */
@ExtendWith(ApplicationExtension.class)
class BlotterWordsTest {

    private static final ContractSpec JUNE = GUIZHOU.bySymbol("H100-GZ-2027M06");
    private static final long BID = JUNE.referencePriceTicks() - 2;

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DESK.openDatabase(dir);
    }

    @AfterEach
    void speakEnglishAgain() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void english_cancel_button_is_whole_and_the_order_ended_by_the_user_says_user(FxRobot robot) {
        bidAndCancel(robot, Language.ENGLISH, "Cancel", "USER", "GTC");
    }

    @Test
    void chinese_cancel_button_is_whole_and_the_order_ended_by_the_user_says_so_in_chinese(FxRobot robot) {
        bidAndCancel(robot, Language.CHINESE, "撤单", "用户撤单", "撤销前有效");
    }

    @SuppressWarnings("unchecked")
    private void bidAndCancel(FxRobot robot, Language language, String cancelWords, String why, String timeInForce) {
        Texts.use(language);
        robot.interact(() -> DESK.open(stage, () -> GUIZHOU, MARKET_OPEN, SimulationSetting.OFF));
        robot.clickOn(JUNE.symbol());
        robot.clickOn("#ladder-bid-" + BID);
        TableView<OwnOrder> working = robot.lookup("#blotter-working-table").queryAs(TableView.class);
        DeskWindow.awaitOnFx("the bid working, its cancel button drawn", () -> working.getItems().size() == 1
                && !robot.lookup(".blotter-cancel").queryAll().isEmpty());
        DeskWindow.settle();
        assertThat(working.getItems()).hasSize(1);

        Button cancel = robot.lookup(".blotter-cancel").queryAs(Button.class);

        assertThat(cancel.getText()).isEqualTo(cancelWords);
        assertThat(((Text) cancel.lookup(".text")).getText()).as("the button's words as drawn").isEqualTo(cancelWords);
        TableCell<?, ?> cell = (TableCell<?, ?>) cancel.getParent();
        Bounds inCell = cell.sceneToLocal(cancel.localToScene(cancel.getLayoutBounds()));
        assertThat(inCell.getMinX()).as("the button's left edge in its cell").isGreaterThanOrEqualTo(0);
        assertThat(inCell.getMaxX()).as("the button's right edge in its cell").isLessThanOrEqualTo(cell.getWidth());
        assertThat(cancel.getWidth()).as("the button's width").isGreaterThanOrEqualTo(cancel.prefWidth(-1));

        assertThat(working.lookupAll(".table-cell")).filteredOn(node -> node instanceof TableCell<?, ?> each
                && each.isVisible() && each.getText() != null && !each.getText().isEmpty()).isNotEmpty()
                .allSatisfy(node -> assertThat(((Text) node.lookup(".text")).getText())
                        .as("a working order's figure as drawn").isEqualTo(((TableCell<?, ?>) node).getText()));

        robot.clickOn(cancel);
        DeskWindow.awaitOnFx("the bid cancelled", () -> working.getItems().isEmpty());

        assertThat(working.getItems()).isEmpty();
        robot.clickOn("#blotter-orders");
        TableView<OwnOrder> orders = robot.lookup("#blotter-orders-table").queryAs(TableView.class);
        TableColumn<OwnOrder, ?> whyColumn = orders.getColumns().get(orders.getColumns().size() - 1);
        assertThat(whyColumn.getText()).isEqualTo(Texts.get("blotter.why"));
        assertThat(whyColumn.getCellObservableValue(0).getValue()).isEqualTo(why);
        // The time in force in the desk's words too (the Chinese blotter showed the code GTC), drawn whole.
        TableColumn<OwnOrder, ?> tif = orders.getColumns().stream()
                .filter(column -> column.getText().equals(Texts.get("blotter.tif"))).findFirst().orElseThrow();
        assertThat(tif.getCellObservableValue(0).getValue()).isEqualTo(timeInForce);
        robot.interact(() -> orders.scrollToColumn(tif));
        DeskWindow.settle();
        assertThat(orders.lookupAll(".table-cell")).filteredOn(node -> node instanceof TableCell<?, ?> each
                && each.isVisible() && timeInForce.equals(each.getText())).singleElement()
                .satisfies(node -> assertThat(((Text) node.lookup(".text")).getText())
                        .as("the time in force as drawn").isEqualTo(timeInForce));
    }
}
