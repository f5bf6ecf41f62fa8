package com.suanli.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The desk's own style classes resolve against Primer Dark's colours and fonts. */
@ExtendWith(ApplicationExtension.class)
class DeskThemeTest {

    /** Primer Dark's -color-success-fg and -color-danger-fg. */
    private static final Color PRIMER_SUCCESS = Color.web("#3fb950");
    private static final Color PRIMER_DANGER = Color.web("#f85149");

    private Label rising;
    private Label falling;
    private Label figures;
    private Label prose;

    @Start
    void start(Stage stage) {
        // Controls only once TestFX has started the toolkit, i.e. here and not in field initialisers.
        rising = new Label("25.40");
        falling = new Label("24.95");
        figures = new Label("1,000");
        prose = new Label("Market watch");
        rising.pseudoClassStateChanged(DeskTheme.UP, true);
        falling.pseudoClassStateChanged(DeskTheme.DOWN, true);
        figures.getStyleClass().add(DeskTheme.TABULAR);
        Scene scene = new Scene(new VBox(rising, falling, figures, prose), 400, 200);
        DeskTheme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void up_is_green_and_down_is_red() {
        assertThat(rising.getTextFill()).isEqualTo(PRIMER_SUCCESS);
        assertThat(falling.getTextFill()).isEqualTo(PRIMER_DANGER);
    }

    @Test
    void tabular_figures_are_monospaced_and_prose_is_not() {
        Font figureFont = figures.getFont();
        Font proseFont = prose.getFont();

        assertThat(figureFont.getFamily()).isNotEqualTo(proseFont.getFamily());
        assertThat(digitWidth(figureFont, "1111")).isEqualTo(digitWidth(figureFont, "8888"));
    }

    @Test
    void popups_go_flat_only_where_windows_cannot_be_transparent() throws Exception {
        Scene composited = WaitForAsyncUtils.asyncFx(() -> themed(true)).get();
        Scene opaque = WaitForAsyncUtils.asyncFx(() -> themed(false)).get();

        assertThat(composited.getStylesheets()).noneMatch(sheet -> sheet.endsWith("desk-flat-popups.css"));
        assertThat(opaque.getStylesheets()).anyMatch(sheet -> sheet.endsWith("desk-flat-popups.css"));
    }

    @Test
    void the_theme_is_the_user_agent_sheet_before_any_scene_is_styled() throws Exception {
        // Control's class initialiser loads Modena only when Application has no user-agent stylesheet: installed
        // first, the theme leaves JavaFX's own sheet unread.
        String installed = WaitForAsyncUtils.asyncFx(() -> {
            DeskTheme.install();
            return Application.getUserAgentStylesheet();
        }).get();

        assertThat(installed).isEqualTo(DeskTheme.THEME);
    }

    private static Scene themed(boolean transparentWindows) {
        Scene scene = new Scene(new VBox());
        DeskTheme.applyTo(scene, transparentWindows);
        return scene;
    }

    private static double digitWidth(Font font, String digits) {
        Text text = new Text(digits);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
