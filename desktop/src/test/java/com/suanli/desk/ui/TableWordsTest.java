package com.suanli.desk.ui;

import static com.suanli.desk.ui.DeskWindow.GUIZHOU;
import static com.suanli.desk.ui.DeskWindow.MARKET_OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.simulation.SimulationSetting;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
 * Every table of every workspace, in English and in Chinese: its column titles are shown whole (never cut to
 * "O…"), however narrow the panel, and an empty table says so in the desk's language, never in JavaFX's own
 * English ("No content in table").
 */
@ExtendWith(ApplicationExtension.class)
class TableWordsTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Set<String> WORKSPACES = Set.of("#workspace-trading", "#workspace-risk", "#workspace-sessions");

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

    private void open(FxRobot robot, Language language) {
        Texts.use(language);
        robot.interact(() -> DESK.open(stage, () -> GUIZHOU, MARKET_OPEN, SimulationSetting.OFF));
        DeskWindow.settle();
    }

    @Test
    void english_titles_are_whole_and_empty_tables_say_so_in_english(FxRobot robot) {
        open(robot, Language.ENGLISH);

        List<TableView<?>> tables = everyTableShown(robot);

        assertThat(tables).extracting(TableView::getPlaceholder).allSatisfy(placeholder ->
                assertThat(placeholder).isInstanceOfSatisfying(Labeled.class, words ->
                        assertThat(words.getText()).isNotBlank().doesNotContain("No content in table")));
    }

    @Test
    void chinese_titles_are_whole_and_empty_tables_say_so_in_chinese(FxRobot robot) {
        open(robot, Language.CHINESE);

        List<TableView<?>> tables = everyTableShown(robot);

        assertThat(tables).extracting(TableView::getPlaceholder).allSatisfy(placeholder ->
                assertThat(placeholder).isInstanceOfSatisfying(Labeled.class, words ->
                        assertThat(words.getText()).containsPattern(HAN)));
    }

    /**
     * Shows each workspace and each tab of each tab pane in it, checks the titles of the tables then on screen,
     * and answers every table met.
     */
    private static List<TableView<?>> everyTableShown(FxRobot robot) {
        List<TableView<?>> met = new ArrayList<>();
        for (String workspace : WORKSPACES) {
            robot.interact(() -> robot.lookup(workspace).queryAs(javafx.scene.control.ToggleButton.class).fire());
            DeskWindow.settle();
            for (TabPane pane : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
                if (!shown(pane)) {
                    continue;
                }
                for (Tab tab : List.copyOf(pane.getTabs())) {
                    robot.interact(() -> pane.getSelectionModel().select(tab));
                    DeskWindow.settle();
                    titlesAreWhole(robot);
                }
            }
            titlesAreWhole(robot);
            robot.lookup(".table-view").queryAllAs(TableView.class).forEach(table -> met.add((TableView<?>) table));
        }
        assertThat(met).as("tables met").hasSizeGreaterThan(10);
        return met;
    }

    private static void titlesAreWhole(FxRobot robot) {
        for (Labeled title : robot.lookup(".column-header .label").queryAllAs(Labeled.class)) {
            if (!shown(title) || title.getText() == null || title.getText().isEmpty()) {
                continue;
            }
            Text drawn = (Text) title.lookup(".text");
            assertThat(drawn.getText()).as("the title drawn of column '%s'", title.getText()).isEqualTo(title.getText());
        }
    }

    /** On screen: every ancestor visible (a tab pane hides the content of the tabs not chosen). */
    private static boolean shown(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }
}
