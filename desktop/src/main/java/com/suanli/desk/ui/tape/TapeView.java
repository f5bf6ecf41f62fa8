package com.suanli.desk.ui.tape;

import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.PacedRedraw;
import com.suanli.desk.ui.trading.ShownRows;
import com.suanli.desk.ui.trading.TapeRow;
import com.suanli.exchange.engine.event.Aggressor;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Time and sales: a print bought by an aggressive buyer is green, one sold into the bid red. */
public final class TapeView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final VBox root;

    public TapeView(TapeViewModel model, ZoneId zone) {
        // The tape scrolls with every print: on a busy market it follows at a human rate.
        TableView<TapeRow> table = Tables.table("tape-table",
                ShownRows.paced(model.rows(), model::busyMarket, PacedRedraw.Slot.TAPE).rows(),
                Texts.get("blotter.no-trades"));
        DateTimeFormatter clock = TIME.withZone(zone);
        TableColumn<TapeRow, String> time = Tables.column(Texts.get("blotter.time"),
                print -> clock.format(Instant.ofEpochMilli(print.timestamp())), true);
        // As wide as HH:mm:ss in the figures' face, no wider: a fixed 92 pixels held the tape wider than its times
        // and, beside it on a laptop, the forward curve's strip to its header.
        Tables.fitFigure(time, "00:00:00");
        table.getColumns().addAll(List.of(time,
                Tables.signedColumn(Texts.get("blotter.price"),
                        print -> print.contract().toPrice(print.price()).toPlainString(),
                        TapeView::direction),
                Tables.column(Texts.get("chart.lots-column"), print -> Long.toString(print.quantity()), true),
                Tables.signedColumn(Texts.get("blotter.side"),
                        print -> Texts.get("tape.side." + print.aggressor().name()),
                        TapeView::direction)));
        Label status = new Label();
        status.setId("tape-status");
        status.textProperty().bind(model.statusProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(4, status, table);
        // Beside the charts the tape keeps room for its columns: the charts give way, not the figures.
        root.setMinWidth(Tables.minimumWidth(table));
    }

    private static int direction(TapeRow print) {
        return print.aggressor() == Aggressor.BUYER ? 1 : print.aggressor() == Aggressor.SELLER ? -1 : 0;
    }

    public Node root() {
        return root;
    }
}
