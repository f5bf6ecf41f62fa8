package com.suanli.desk.ui;

import com.suanli.desk.ui.theme.DeskThemeSheet;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The desk's one dark theme: AtlantaFX Primer Dark, cut at the build to the rules a node of the desk can match
 * ({@link DeskThemeSheet}), as the user-agent stylesheet, and {@code desk.css} on top for what a trading screen needs
 * and the theme does not have.
 */
public final class DeskTheme {

    /** Monospaced figures, so that columns of prices and sizes line up digit by digit. */
    public static final String TABULAR = "tabular";
    /**
     * A price or change that went up: a pseudo-class, not a style class, since a figure's sign flips as a table's rows
     * move, and a changed pseudo-class only moves the node's style to another state where a changed style class has
     * JavaFX look the node's whole style up afresh (docs/BENCHMARKS.md, PulseProbe).
     */
    public static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    /** A price or change that went down (a pseudo-class, as {@link #UP}). */
    public static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    /** A live figure that has just risen: its cell's background lights up until a beat passes without a change. */
    public static final PseudoClass FLASH_UP = PseudoClass.getPseudoClass("flash-up");
    /** A live figure that has just fallen (as {@link #FLASH_UP}). */
    public static final PseudoClass FLASH_DOWN = PseudoClass.getPseudoClass("flash-down");

    /** The theme as the build made it (a class path resource's URL). */
    static final String THEME = stylesheet("/" + DeskThemeSheet.RESOURCE);
    private static final String DESK_CSS = stylesheet("desk.css");
    private static final String FLAT_POPUPS_CSS = stylesheet("desk-flat-popups.css");

    private DeskTheme() {
    }

    /**
     * Installs the theme for the whole application: before the first control is made, since the first control made
     * without a user-agent stylesheet loads JavaFX's own, Modena, which the theme then replaces unused (FX thread).
     */
    public static void install() {
        Application.setUserAgentStylesheet(THEME);
    }

    /** Installs the theme for the whole application (when not yet) and styles the scene's own sheet. */
    public static void applyTo(Scene scene) {
        applyTo(scene, Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW));
    }

    static void applyTo(Scene scene, boolean transparentWindows) {
        install();
        scene.getStylesheets().add(DESK_CSS);
        if (!transparentWindows) {
            // Menus and tooltips take the owner scene's sheets, so this reaches every pop-up.
            scene.getStylesheets().add(FLAT_POPUPS_CSS);
        }
    }

    /** Dialogs and pop-ups have scenes of their own: they get the desk sheet through their root. */
    public static void styleDialog(Parent dialogRoot) {
        dialogRoot.getStylesheets().add(DESK_CSS);
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(DeskTheme.class.getResource(name), name + " missing from the classpath")
                .toExternalForm();
    }
}
