package com.suanli.desk.ui;

import com.suanli.desk.ui.text.Language;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** {@link ThemeCutLooksTest}'s tour with the desk speaking Simplified Chinese: other words, other widths. */
class ChineseThemeCutLooksTest extends ThemeCutLooksTest {

    /** TestFX looks for {@code @Start} among the test class's own methods only. */
    @Override
    @Start
    void start(Stage stage) {
        super.start(stage);
    }

    @Override
    Language language() {
        return Language.CHINESE;
    }
}
