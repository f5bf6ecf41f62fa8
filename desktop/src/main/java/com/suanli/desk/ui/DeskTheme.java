package com.suanli.desk.ui;

import atlantafx.base.theme.PrimerDark;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The desk's one dark theme: AtlantaFX Primer Dark as the user-agent stylesheet, and {@code desk.css}
 * on top for what a trading screen needs and the theme does not have.
 */
public final class DeskTheme {

    /** Monospaced figures, so that columns of prices and sizes line up digit by digit. */
    public static final String TABULAR = "tabular";
    /** A price or change that went up. */
    public static final String UP = "up";
    /** A price or change that went down. */
    public static final String DOWN = "down";

    private static final String DESK_CSS = Objects.requireNonNull(
            DeskTheme.class.getResource("desk.css"), "desk.css missing from the classpath").toExternalForm();

    private DeskTheme() {
    }

    /** Installs the theme for the whole application and styles the scene's own sheet. */
    public static void applyTo(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        scene.getStylesheets().add(DESK_CSS);
    }

    /** Dialogs and pop-ups have scenes of their own: they get the desk sheet through their root. */
    public static void styleDialog(Parent dialogRoot) {
        dialogRoot.getStylesheets().add(DESK_CSS);
    }
}
