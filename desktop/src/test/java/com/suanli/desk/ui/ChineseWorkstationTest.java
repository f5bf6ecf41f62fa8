package com.suanli.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.cli.DeskSettings;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.simulation.SimulationSetting;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.LanguageSetting;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.workspace.Panel;
import com.suanli.desk.ui.workspace.PanelTabs;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The workstation started in Simplified Chinese, as {@code ./desk --language zh} starts it: its menus,
 * panels and ticket speak Chinese, a bad ticket field is refused in Chinese next to the field, an order typed
 * through a Chinese input method is taken, and View > Language keeps the choice for the next start. The test
 * reads text, not glyphs: it passes on a machine without a CJK font.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseWorkstationTest {

    private static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Catalogue GUIZHOU = CatalogueJson.readDefault().inHub(Hub.GZ);
    private static final ContractSpec JUNE = GUIZHOU.bySymbol("H100-GZ-2027M06");

    @BeforeAll
    static void noKeysFile() {
        System.setProperty(WorkstationApp.KEYS_PROPERTY, "/nonexistent/desk-keys.properties");
    }

    @AfterAll
    static void forgetKeysFile() {
        System.clearProperty(WorkstationApp.KEYS_PROPERTY);
    }

    @TempDir
    Path dir;

    private DeskStore store;
    private ExchangeStartup exchange;

    @Start
    void start(Stage stage) {
        // What Desk does before the first window when the setting or --language says zh.
        Texts.use(Language.CHINESE);
        store = TestDesks.database(dir);
        exchange = TestDesks.startup(() -> GUIZHOU, store, MARKET_OPEN);
        new WorkstationApp(new WorkstationContext("9.8.7", "/data/desks/test", MARKET_OPEN, exchange,
                new CurrentThreadTaskExecutor(), Optional::empty, SimulationSetting.OFF,
                new LanguageSetting(DeskSettings.language(dir), choice -> DeskSettings.storeLanguage(dir, choice))))
                .start(stage);
    }

    @AfterEach
    void closeTheDeskAndSpeakEnglishAgain() {
        exchange.close();
        store.close();
        Texts.use(Language.ENGLISH);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void chooseJune(FxRobot robot) {
        robot.clickOn(JUNE.symbol());
        DeskWindow.settle();
    }

    @Test
    void the_workspaces_panels_columns_status_bar_and_ticket_speak_chinese(FxRobot robot) {
        assertThat(text(robot, "#workspace-trading")).isEqualTo("交易");
        assertThat(text(robot, "#workspace-risk")).isEqualTo("风险");
        assertThat(PanelTabs.title(robot, Panel.MARKET_WATCH)).isEqualTo("行情报价");
        assertThat(PanelTabs.title(robot, Panel.ORDER_TICKET)).isEqualTo("下单");
        assertThat(robot.lookup("#market-watch-table").queryAs(TableView.class).getColumns())
                .extracting(column -> ((TableColumn<?, ?>) column).getText())
                .contains("合约代码", "买价", "卖价", "最新", "结算\n方式");
        assertThat(text(robot, "#status-engine")).startsWith("引擎运行中");
        assertThat(text(robot, "#status-database")).isEqualTo("数据库 /data/desks/test");
        assertThat(robot.lookup("#ticket-buy").queryAs(Button.class).getText()).isEqualTo("买入");
        assertThat(robot.lookup("#ticket-sell").queryAs(Button.class).getText()).isEqualTo("卖出");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("数量", "价格", "订单类型", "有效期");
    }

    @Test
    void a_bad_quantity_is_refused_in_chinese_beside_the_field_and_full_width_lots_are_taken(FxRobot robot) {
        chooseJune(robot);
        TextField quantity = robot.lookup("#ticket-quantity").queryAs(TextField.class);

        robot.interact(() -> quantity.setText("0"));
        robot.clickOn("#ticket-buy");
        DeskWindow.settle();

        assertThat(text(robot, "#ticket-quantity-error")).isEqualTo("数量：至少 1 手，输入为 0");

        robot.interact(() -> quantity.setText("２"));
        robot.clickOn("#ticket-buy");
        // The exchange's answer comes back on its own thread: on a loaded machine the line says 发送中 a while.
        DeskWindow.awaitOnFx("the exchange's answer", () -> !text(robot, "#ticket-message").endsWith("发送中"));

        assertThat(text(robot, "#ticket-message")).isEqualTo("买入 2 " + JUNE.symbol() + " · 已接受");
        assertThat(text(robot, "#ticket-quantity-error")).isEmpty();
    }

    @Test
    void choosing_english_in_view_language_keeps_it_for_the_next_start(FxRobot robot) throws IOException {
        robot.clickOn("#menu-view").clickOn("#menu-language").clickOn("#menu-language-en");
        DeskWindow.settle();

        assertThat(Files.readString(DeskSettings.file(dir))).contains("language=en");
        assertThat(DeskSettings.language(dir)).isEqualTo("en");
        assertThat(text(robot, "#status-message")).isEqualTo("已保存语言 English：下次启动交易台时生效");
    }
}
