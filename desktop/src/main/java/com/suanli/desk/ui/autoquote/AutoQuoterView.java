package com.suanli.desk.ui.autoquote;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.form.Controls;
import com.suanli.desk.ui.text.Texts;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The auto-quoter's panel: the fair value source and the quoting rules, Start, the kill switch, what it does. */
public final class AutoQuoterView {

    private static final int NARROW_COLUMNS = 4;

    private final VBox root = new VBox(4);

    public AutoQuoterView(AutoQuoterViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        ChoiceBox<FairValueSource> source = new ChoiceBox<>();
        source.setId("autoquote-source");
        source.getItems().setAll(FairValueSource.values());
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        source.getStyleClass().add(Styles.SMALL);
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(3);
        Button start = Controls.button("autoquote-start", Texts.get("autoquote.start"), viewModel::start);
        start.getStyleClass().add(Styles.SUCCESS);
        start.textProperty().bind(viewModel.stateProperty().map(state -> Texts.get(state == QuoterState.QUOTING ? "autoquote.update" : "autoquote.start")));
        Button kill = Controls.button("autoquote-kill", Texts.get("autoquote.kill"), viewModel::kill);
        kill.getStyleClass().add(Styles.DANGER);
        kill.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(QuoterState.QUOTING));
        form.addRow(0, Controls.caption(Texts.get("autoquote.fair-value")), source,
                Controls.caption(Texts.get("autoquote.spread-ticks")),
                narrow(Controls.textField("autoquote-spread", viewModel.spreadProperty(), "4")));
        form.addRow(1, Controls.caption(Texts.get("autoquote.lots-a-side")), narrow(Controls.textField("autoquote-size",
                viewModel.sizeProperty(), "1")), Controls.caption(Texts.get("autoquote.skew-ticks")),
                narrow(Controls.textField("autoquote-skew", viewModel.skewProperty(), "0.5")));
        form.addRow(2, Controls.caption(Texts.get("autoquote.requote-ticks")),
                narrow(Controls.textField("autoquote-requote", viewModel.requoteProperty(), "1")),
                Controls.caption(Texts.get("autoquote.limit-lots")),
                narrow(Controls.textField("autoquote-limit", viewModel.limitProperty(), "10")));
        HBox buttons = new HBox(6, start, kill);
        form.add(buttons, 0, 3, 4, 1);
        Label status = Controls.label("autoquote-status", viewModel.statusProperty());
        status.setWrapText(true);
        Label fair = Controls.figure("autoquote-fair", viewModel.fairValueProperty());
        fair.setWrapText(true);
        viewModel.stateProperty().addListener((property, before, after) -> colour(status, after));
        colour(status, viewModel.stateProperty().get());
        root.getChildren().addAll(form, status,
                fair,
                Controls.figure("autoquote-quote", viewModel.quoteProperty()),
                limitLine(viewModel),
                Controls.errorLine("autoquote-error", viewModel.errorProperty()));
        root.getStyleClass().add("autoquote-panel");
    }

    public Node root() {
        return root;
    }

    /** Ticks and lots are a few digits: the fields leave the room to the captions. */
    private static TextField narrow(TextField field) {
        field.setPrefColumnCount(NARROW_COLUMNS);
        return field;
    }

    /** Said in the warning colour: the quoter is holding a side back. */
    private static Label limitLine(AutoQuoterViewModel viewModel) {
        Label line = Controls.label("autoquote-limit-line", viewModel.limitLineProperty());
        line.setWrapText(true);
        line.getStyleClass().add(Styles.WARNING);
        // Takes no room while both sides are whole.
        line.managedProperty().bind(line.textProperty().isNotEmpty());
        return line;
    }

    private static void colour(Label status, QuoterState state) {
        status.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.TEXT_MUTED);
        status.getStyleClass().add(switch (state) {
            case OFF -> Styles.TEXT_MUTED;
            case QUOTING -> Styles.SUCCESS;
            case STOPPED -> Styles.WARNING;
            case KILLED -> Styles.DANGER;
        });
    }
}
