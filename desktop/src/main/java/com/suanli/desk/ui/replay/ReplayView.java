package com.suanli.desk.ui.replay;

import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.sessions.record.OpenedSession;
import com.suanli.sessions.report.SessionReport.PathPoint;
import com.suanli.sessions.report.SessionReport.PricePath;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * A recorded session replayed read-only: its title; play or pause, the speed, a time slider to scrub and the
 * seek's progress; the market at the cursor (every contract's top of book, last and day's volume, the chosen
 * contract's ladder and its price against fair value up to the cursor); and the report's figures and charts.
 */
public final class ReplayView {

    /** How often play moves the cursor on. */
    static final Duration PLAY_TICK = Duration.millis(250);
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    /** Wide enough for a green future's symbol, H100-YRD-G-2027M02. */
    private static final double SYMBOL_WIDTH = 170;
    private static final double HOUR_MILLIS = 3_600_000;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReplayViewModel model;
    private final BorderPane root = new BorderPane();
    private final Slider slider = new Slider(0, 1, 0);
    private final Label clock = new Label();
    private final TableView<ReplayRow> market = new TableView<>();
    private final TableView<LadderLevel> ladder = new TableView<>();
    private final LineChart<Number, Number> path;
    private final Tab report = new Tab(Texts.get("replay.tab.report"));
    private boolean following;

    public ReplayView(ReplayViewModel model) {
        this.model = model;
        Label title = new Label();
        title.setId("replay-title");
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add("replay-title");

        Button play = new Button(Texts.get("replay.play"));
        play.setId("replay-play");
        play.setOnAction(event -> model.playingProperty().set(!model.playingProperty().get()));
        model.playingProperty().addListener((property, before, now) ->
                play.setText(Texts.get(now ? "replay.pause" : "replay.play")));
        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.setId("replay-speed");
        speed.getItems().setAll(ReplayViewModel.SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : Texts.format("replay.speed", value);
            }

            @Override
            public Double fromString(String text) {
                throw new UnsupportedOperationException("the speed is chosen, not typed");
            }
        });
        speed.setValue(model.speedProperty().get());
        speed.valueProperty().addListener((property, before, now) -> model.speedProperty().set(now));
        slider.setId("replay-slider");
        // The arrow keys step an hour of the session.
        slider.setBlockIncrement(HOUR_MILLIS);
        slider.setDisable(true);
        HBox.setHgrow(slider, Priority.ALWAYS);
        clock.setId("replay-time");
        ProgressBar progress = new ProgressBar();
        progress.setId("replay-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        play.disableProperty().bind(slider.disableProperty());
        HBox controls = new HBox(8, play, speed, slider, clock, progress);
        controls.setAlignment(Pos.CENTER_LEFT);

        path = pathChart();
        SplitPane marketSplit = new SplitPane(marketTable(), new VBox(8, ladderTable(), path));
        marketSplit.setOrientation(Orientation.HORIZONTAL);
        marketSplit.setDividerPositions(0.58);
        VBox.setVgrow(ladder, Priority.ALWAYS);
        Tab marketTab = new Tab(Texts.get("replay.tab.market"), marketSplit);
        marketTab.setId("replay-tab-market");
        report.setId("replay-tab-report");
        TabPane tabs = new TabPane(marketTab, report);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("replay-tabs");

        VBox top = new VBox(6, title, controls);
        top.setPadding(new Insets(8));
        root.setTop(top);
        root.setCenter(tabs);
        root.setId("replay");

        slider.valueProperty().addListener((property, before, now) -> {
            if (!following) {
                model.seek(now.longValue());
            }
        });
        model.timeProperty().addListener((property, before, now) -> follow(now.longValue()));
        model.openedProperty().addListener((property, before, now) -> opened(now));
        model.pictureProperty().addListener((property, before, now) -> show(now));
        Timeline player = new Timeline(new KeyFrame(PLAY_TICK, event -> model.tick(PLAY_TICK.toSeconds())));
        player.setCycleCount(Animation.INDEFINITE);
        model.playingProperty().addListener((property, before, now) -> {
            if (now) {
                player.play();
            } else {
                player.stop();
            }
        });
    }

    public Node root() {
        return root;
    }

    private void opened(OpenedSession session) {
        following = true;
        slider.setMin(session.cursor().firstTime());
        slider.setMax(session.cursor().lastTime());
        slider.setValue(model.timeProperty().get());
        following = false;
        slider.setDisable(false);
        report.setContent(ReportChartsView.of(session.report()));
    }

    private void follow(long time) {
        following = true;
        slider.setValue(time);
        following = false;
        clock.setText(Texts.format("replay.time", SHOWN.format(Instant.ofEpochMilli(time).atOffset(SHANGHAI))));
    }

    private void show(MarketPicture picture) {
        market.getItems().setAll(picture.rows());
        picture.rows().stream().filter(row -> row.instrumentId() == picture.chosen()).findFirst()
                .ifPresent(row -> market.getSelectionModel().select(row));
        ladder.getItems().setAll(picture.ladder());
        pathUpTo(picture);
    }

    /** The chosen contract's price (mid, else last) and fair value from the report, up to the cursor. */
    private void pathUpTo(MarketPicture picture) {
        path.getData().clear();
        OpenedSession session = model.openedProperty().get();
        Optional<ReplayRow> chosen = picture.rows().stream().filter(row -> row.instrumentId() == picture.chosen())
                .findFirst();
        if (session == null || chosen.isEmpty()) {
            return;
        }
        path.setTitle(Texts.format("replay.chart.path", chosen.get().symbol()));
        XYChart.Series<Number, Number> price = new XYChart.Series<>();
        price.setName(Texts.get("replay.series.price"));
        XYChart.Series<Number, Number> fair = new XYChart.Series<>();
        fair.setName(Texts.get("replay.series.fair"));
        long start = session.cursor().firstTime();
        for (PricePath each : session.report().paths()) {
            if (!each.symbol().equals(chosen.get().symbol())) {
                continue;
            }
            for (PathPoint point : each.points()) {
                long at = point.time().toInstant(SHANGHAI).toEpochMilli();
                if (at > picture.time()) {
                    break;
                }
                double hours = (at - start) / 3_600_000.0;
                point.price().ifPresent(p -> price.getData().add(new XYChart.Data<>(hours, p)));
                fair.getData().add(new XYChart.Data<>(hours, point.fair()));
            }
        }
        path.getData().add(price);
        path.getData().add(fair);
    }

    private TableView<ReplayRow> marketTable() {
        market.setId("replay-market");
        Tables.fitHeaders(market);
        market.setPlaceholder(new Label(Texts.get("replay.market.empty")));
        market.getColumns().add(ReplayView.<ReplayRow>column("replay.column.symbol", ReplayRow::symbol));
        market.getColumns().get(0).setMinWidth(SYMBOL_WIDTH);
        TableColumn<ReplayRow, String> state = ReplayView.<ReplayRow>column("replay.column.state", ReplayRow::session);
        Tables.fitWords(state, Arrays.stream(SessionState.values()).map(Texts::term).toList());
        market.getColumns().add(state);
        market.getColumns().add(ReplayView.<ReplayRow>column("replay.column.bidSize", row -> lots(row.bidLots(), row.bid())));
        market.getColumns().add(ReplayView.<ReplayRow>column("replay.column.bid", row -> price(row.bid())));
        market.getColumns().add(ReplayView.<ReplayRow>column("replay.column.ask", row -> price(row.ask())));
        market.getColumns().add(ReplayView.<ReplayRow>column("replay.column.askSize", row -> lots(row.askLots(), row.ask())));
        market.getColumns().add(ReplayView.<ReplayRow>column("replay.column.last", row -> price(row.last())));
        market.getColumns().add(ReplayView.<ReplayRow>column("replay.column.volume", row -> Texts.format("replay.lots", row.volumeToday())));
        market.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        market.getSelectionModel().selectedItemProperty().addListener((property, before, now) -> {
            if (now != null && now.instrumentId() != model.chosenProperty().get()) {
                model.chosenProperty().set(now.instrumentId());
            }
        });
        return market;
    }

    private TableView<LadderLevel> ladderTable() {
        ladder.setId("replay-ladder");
        Tables.fitHeaders(ladder);
        ladder.getColumns().add(ReplayView.<LadderLevel>column("replay.ladder.bids", level -> level.bidLots() == 0 ? ""
                : Texts.format("replay.lots", level.bidLots())));
        ladder.getColumns().add(ReplayView.<LadderLevel>column("replay.ladder.price", level -> level.price().toPlainString()));
        ladder.getColumns().add(ReplayView.<LadderLevel>column("replay.ladder.asks", level -> level.askLots() == 0 ? ""
                : Texts.format("replay.lots", level.askLots())));
        ladder.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ladder.setPlaceholder(new Label(Texts.get("replay.ladder.empty")));
        return ladder;
    }

    private static LineChart<Number, Number> pathChart() {
        NumberAxis hours = new NumberAxis();
        hours.setLabel(Texts.get("replay.chart.hours"));
        NumberAxis prices = new NumberAxis();
        prices.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(hours, prices);
        chart.setId("replay-path");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(260);
        return chart;
    }

    private static String price(Optional<BigDecimal> price) {
        return price.map(BigDecimal::toPlainString).orElse("");
    }

    private static String lots(long lots, Optional<BigDecimal> side) {
        return side.isPresent() ? Texts.format("replay.lots", lots) : "";
    }

    private static <S> TableColumn<S, String> column(String key, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
