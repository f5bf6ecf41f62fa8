package com.suanli.desk.ui.replay;

import com.suanli.data.session.RecordedSession;
import com.suanli.data.session.RecordingStatus;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.Texts;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The recorded sessions, newest first: open one with the button, Enter or a double click. */
public final class SessionLibraryView {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final VBox root;

    public SessionLibraryView(ReplayViewModel model) {
        TableView<RecordedSession> table = new TableView<>(model.sessions());
        Tables.fitHeaders(table);
        table.setId("session-library");
        table.setPlaceholder(new Label(Texts.get("replay.library.empty")));
        table.getColumns().add(column("replay.column.id", s -> s.id(), 36));
        TableColumn<RecordedSession, String> name = column("replay.column.name", RecordedSession::name, 120);
        // Names are the user's: the column grows to the longest listed, so none is cut.
        model.sessions().addListener((ListChangeListener<RecordedSession>) change ->
                Tables.fitWords(name, model.sessions().stream().map(RecordedSession::name).toList()));
        table.getColumns().add(name);
        TableColumn<RecordedSession, String> status = column("replay.column.status", s -> Texts.term(s.status()), 90);
        Tables.fitWords(status, Arrays.stream(RecordingStatus.values()).map(Texts::term).toList());
        table.getColumns().add(status);
        // The trades before the seed: in the panel's width at 1600 pixels the seed came first and cut 成交笔数.
        table.getColumns().add(column("replay.column.trades", s -> s.trades(), 64));
        table.getColumns().add(column("replay.column.seed", s -> s.seed(), 44));
        table.getColumns().add(column("replay.column.recorded", s -> RECORDED.format(s.startedAt()), 120));
        table.getColumns().add(column("replay.column.hash", s -> s.eventStreamHash().orElse(""), 140));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Button refresh = new Button(Texts.get("replay.library.refresh"));
        refresh.setId("session-library-refresh");
        refresh.setOnAction(event -> model.refresh());
        Button open = new Button(Texts.get("replay.library.open"));
        open.setId("session-library-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Runnable openChosen = () -> {
            RecordedSession chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.open(chosen.id());
            }
        };
        open.setOnAction(event -> openChosen.run());
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openChosen.run();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openChosen.run();
            }
        });
        HBox buttons = new HBox(8, open, refresh);
        root = new VBox(8, buttons, table);
        root.setPadding(new Insets(8));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.sceneProperty().addListener((property, before, scene) -> {
            if (scene != null) {
                model.shown();
            }
        });
    }

    public Node root() {
        return root;
    }

    private static <T> TableColumn<RecordedSession, T> column(String key, Function<RecordedSession, T> value,
                                                              double width) {
        TableColumn<RecordedSession, T> column = new TableColumn<>(Texts.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
