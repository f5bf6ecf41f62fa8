package com.suanli.desk.ui.shell;

import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.text.Texts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The shell's two dialogs: About and the keyboard-shortcut sheet. Both close with Escape or Enter.
 * They are not modal: the sheet can stay open beside the desk, and a modal dialog disables its owner,
 * which on Linux window managers drops the desk's maximised state.
 */
final class ShellDialogs {

    static final String ABOUT_ID = "about-dialog";
    static final String SHORTCUTS_ID = "shortcuts-dialog";

    private ShellDialogs() {
    }

    static Dialog<ButtonType> about(About about, Window owner) {
        Label summary = new Label(about.summary());
        summary.setWrapText(true);
        Label version = new Label(Texts.format("about.version", about.version()));
        version.getStyleClass().add(DeskTheme.TABULAR);
        Label runtime = new Label(about.runtime());
        runtime.getStyleClass().add("text-muted");
        VBox content = new VBox(10, summary, version, runtime);
        content.setPrefWidth(440);
        return closable(owner, ABOUT_ID, Texts.format("about.title", about.product()), about.product(), content);
    }

    static Dialog<ButtonType> shortcuts(List<Shortcut> shortcuts, Window owner) {
        GridPane sheet = new GridPane();
        sheet.setHgap(32);
        sheet.setVgap(8);
        sheet.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        for (int row = 0; row < shortcuts.size(); row++) {
            Shortcut shortcut = shortcuts.get(row);
            Label keys = new Label(KeyCombination.valueOf(shortcut.keys()).getDisplayText());
            keys.getStyleClass().addAll(DeskTheme.TABULAR, "key-combination");
            sheet.addRow(row, new Label(shortcut.action()), keys);
        }
        return closable(owner, SHORTCUTS_ID, Texts.get("shell.keyboard-shortcuts"),
                Texts.get("shell.keyboard-shortcuts"), sheet);
    }

    private static Dialog<ButtonType> closable(Window owner, String id, String title, String header, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        DeskTheme.styleDialog(dialog.getDialogPane());
        return dialog;
    }
}
