package com.suanli.desk.ui.ladder;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.hotkey.TraderAction;
import com.suanli.desk.ui.hotkey.TraderKeys;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.book.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The ladder panel: quantity presets and the column's controls over a fixed column of price levels. Click
 * the Bid column to buy at a level, the Ask column to sell; click your own order (the Mine columns) to cancel
 * it, or drag it to another level to move it there; the wheel scrolls the prices.
 */
public final class LadderView {

    private static final PseudoClass LAST = PseudoClass.getPseudoClass("last");
    private static final PseudoClass OWN = PseudoClass.getPseudoClass("own");
    private static final PseudoClass CENTRE = PseudoClass.getPseudoClass("centre");

    private final LadderViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final VBox levels = new VBox();
    private final List<LevelView> levelViews = new ArrayList<>();
    /** The own-order cell a press started on, until its release: a drag moves those orders. */
    private LevelView pressedOwn;
    private Side pressedSide;

    /** @param keys the quantity presets' lots, and the keys the buttons' tooltips name */
    public LadderView(LadderViewModel viewModel, TraderKeys keys) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        levels.getStyleClass().add("ladder-levels");
        levels.setOnScroll(scroll -> viewModel.scroll(scroll.getDeltaY() > 0 ? 1 : -1));
        Label placeholder = new Label(Texts.get("ladder.choose-instrument"));
        placeholder.setId("ladder-placeholder");
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane centre = new StackPane(levels, placeholder);
        // On a short screen the column keeps its levels' height and shows those round the centre, cut at the top
        // and bottom (the wheel and Centre reach the rest), rather than push the panels under it off the screen.
        centre.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(centre.widthProperty());
        clip.heightProperty().bind(centre.heightProperty());
        centre.setClip(clip);
        HBox header = header();
        header.getStyleClass().add("ladder-levels");
        root.setTop(new VBox(toolbar(keys), header));
        root.setCenter(centre);
        root.setBottom(footer(keys));
        root.getStyleClass().add("ladder");
        viewModel.rows().addListener((ListChangeListener<LadderRow>) change -> show());
        show();
        placeholder.visibleProperty().bind(Bindings.isEmpty(viewModel.rows()));
        levels.visibleProperty().bind(placeholder.visibleProperty().not());
    }

    public Node root() {
        return root;
    }

    private HBox toolbar(TraderKeys keys) {
        HBox bar = new HBox();
        ToggleGroup group = new ToggleGroup();
        List<TraderAction> presetKeys = Arrays.stream(TraderAction.values()).filter(action -> action.presetIndex() >= 0)
                .toList();
        for (int i = 0; i < keys.presetLots().size(); i++) {
            long lots = keys.presetLots().get(i);
            ToggleButton preset = new ToggleButton(Long.toString(lots));
            preset.setTooltip(keys.tooltip(presetKeys.get(i)));
            preset.setId("ladder-preset-" + lots);
            preset.getStyleClass().add(Styles.SMALL);
            preset.setMinWidth(Region.USE_PREF_SIZE);
            preset.setToggleGroup(group);
            preset.setSelected(viewModel.quantityProperty().get() == lots);
            preset.setOnAction(event -> viewModel.quantityProperty().set(lots));
            viewModel.quantityProperty().addListener((property, before, after) ->
                    preset.setSelected(after.longValue() == lots));
            bar.getChildren().add(preset);
        }
        Label quantity = new Label();
        quantity.setId("ladder-quantity");
        quantity.getStyleClass().add(DeskTheme.TABULAR);
        quantity.setMinWidth(Region.USE_PREF_SIZE);
        quantity.textProperty().bind(viewModel.quantityProperty().map(lots -> Texts.format("ladder.quantity", lots)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(spacer, quantity);
        bar.getStyleClass().add("panel-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox footer(TraderKeys keys) {
        Label position = new Label();
        position.setId("ladder-position");
        position.getStyleClass().add(DeskTheme.TABULAR);
        position.textProperty().bind(viewModel.positionTextProperty());
        // The position and its P&L wrap under each other rather than end in "…" where the ladder is narrow (a laptop's
        // 345 pixels): the line is as tall as its words at its width (a box asks a label for its height on one line).
        position.setWrapText(true);
        position.setMinWidth(0);
        position.minHeightProperty().bind(Bindings.createDoubleBinding(() -> position.prefHeight(position.getWidth()),
                position.widthProperty(), position.textProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button recentre = new Button(Texts.get("ladder.centre"));
        recentre.setId("ladder-recentre");
        recentre.getStyleClass().add(Styles.SMALL);
        recentre.setMinWidth(Region.USE_PREF_SIZE);
        recentre.setOnAction(event -> viewModel.recentre());
        recentre.setTooltip(keys.tooltip(TraderAction.RECENTRE));
        Button cancelAll = new Button(Texts.get("ladder.cancel-all"));
        cancelAll.setId("ladder-cancel-all");
        cancelAll.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        cancelAll.setMinWidth(Region.USE_PREF_SIZE);
        cancelAll.setOnAction(event -> viewModel.cancelAll());
        cancelAll.setTooltip(keys.tooltip(TraderAction.CANCEL_ALL));
        HBox footer = new HBox(position, spacer, recentre, cancelAll);
        footer.getStyleClass().add("panel-toolbar");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private static HBox header() {
        HBox header = new HBox(headerCell(Texts.get("ladder.mine")), headerCell(Texts.get("ladder.bid")),
                headerCell(Texts.get("ladder.price")), headerCell(Texts.get("ladder.ask")),
                headerCell(Texts.get("ladder.mine")), headerCell(Texts.get("ladder.volume")));
        header.getStyleClass().addAll("ladder-row", "ladder-header");
        return header;
    }

    private static Label headerCell(String text) {
        Label cell = new Label(text);
        cell.getStyleClass().add("ladder-cell");
        cell.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(cell, Priority.ALWAYS);
        return cell;
    }

    private void show() {
        List<LadderRow> rows = viewModel.rows();
        if (levelViews.isEmpty() && !rows.isEmpty()) {
            makeLevels();
        }
        for (int i = 0; i < levelViews.size(); i++) {
            levelViews.get(i).show(i < rows.size() ? rows.get(i) : null);
        }
    }

    /**
     * The column's fixed levels, made when the first instrument is chosen: until then the placeholder stands in their
     * place, and their 150 labels would be styled and laid out unseen in the window's first pass, which the trader
     * waits for (docs/BENCHMARKS.md, "Workstation: start to a usable window", branch start14j).
     */
    private void makeLevels() {
        for (int i = 0; i < LadderViewModel.LEVELS; i++) {
            LevelView level = new LevelView(i == LadderViewModel.LEVELS / 2);
            levelViews.add(level);
            // Levels share the height left: taller on a big screen, never below the CSS minimum.
            VBox.setVgrow(level.row, Priority.ALWAYS);
            levels.getChildren().add(level.row);
        }
    }

    private Optional<LevelView> levelAt(double sceneX, double sceneY) {
        return levelViews.stream()
                .filter(level -> level.row.localToScene(level.row.getBoundsInLocal()).contains(sceneX, sceneY))
                .findFirst();
    }

    private void pressOwn(LevelView level, Side side, MouseEvent press) {
        if (press.getButton() == MouseButton.PRIMARY && level.row() != null && level.ownLots(side) > 0) {
            pressedOwn = level;
            pressedSide = side;
        }
    }

    private void releaseOwn(MouseEvent release) {
        if (pressedOwn == null) {
            return;
        }
        LevelView from = pressedOwn;
        Side side = pressedSide;
        pressedOwn = null;
        long fromPrice = from.row().price();
        Optional<LevelView> to = levelAt(release.getSceneX(), release.getSceneY()).filter(level -> level.row() != null);
        if (to.isEmpty() || to.get() == from) {
            viewModel.cancelAt(side, fromPrice);
        } else {
            viewModel.move(side, fromPrice, to.get().row().price());
        }
    }

    /** One fixed row of the column; what it shows changes as the column moves. */
    private final class LevelView {

        private final Label ownBid = cell("ladder-own", "ladder-own-bid");
        private final Label bid = cell("ladder-bid");
        private final Label price = cell("ladder-price");
        private final Label ask = cell("ladder-ask");
        private final Label ownAsk = cell("ladder-own", "ladder-own-ask");
        private final Label volume = cell("ladder-volume");
        private final HBox row = new HBox(ownBid, bid, price, ask, ownAsk, volume);
        private LadderRow shown;

        LevelView(boolean centre) {
            row.getStyleClass().add("ladder-row");
            row.pseudoClassStateChanged(CENTRE, centre);
            bid.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && shown != null) {
                    viewModel.buyAt(shown.price());
                }
            });
            ask.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && shown != null) {
                    viewModel.sellAt(shown.price());
                }
            });
            ownBid.setOnMousePressed(press -> pressOwn(this, Side.BID, press));
            ownAsk.setOnMousePressed(press -> pressOwn(this, Side.ASK, press));
            ownBid.setOnMouseReleased(LadderView.this::releaseOwn);
            ownAsk.setOnMouseReleased(LadderView.this::releaseOwn);
        }

        LadderRow row() {
            return shown;
        }

        long ownLots(Side side) {
            return shown == null ? 0 : side == Side.BID ? shown.ownBidQuantity() : shown.ownAskQuantity();
        }

        void show(LadderRow level) {
            // Under a busy market most levels are as they were: leave their nodes alone, nothing to lay out or paint.
            if (Objects.equals(level, shown)) {
                return;
            }
            // Under a busy market a level's figures change and its price stays: its cells keep their ids.
            if (level == null || shown == null || level.price() != shown.price()) {
                name(level);
            }
            shown = level;
            ownBid.setText(level == null ? "" : lots(level.ownBidQuantity()));
            bid.setText(level == null ? "" : lots(level.bidQuantity()));
            price.setText(level == null ? "" : level.priceText());
            ask.setText(level == null ? "" : lots(level.askQuantity()));
            ownAsk.setText(level == null ? "" : lots(level.ownAskQuantity()));
            volume.setText(level == null ? "" : lots(level.volume()));
            ownBid.pseudoClassStateChanged(OWN, level != null && level.ownBidQuantity() > 0);
            ownAsk.pseudoClassStateChanged(OWN, level != null && level.ownAskQuantity() > 0);
            price.pseudoClassStateChanged(LAST, level != null && level.lastTrade());
        }

        private void name(LadderRow level) {
            String key = level == null ? "" : Long.toString(level.price());
            ownBid.setId("ladder-own-bid-" + key);
            bid.setId("ladder-bid-" + key);
            price.setId("ladder-price-" + key);
            ask.setId("ladder-ask-" + key);
            ownAsk.setId("ladder-own-ask-" + key);
            volume.setId("ladder-volume-" + key);
        }

        private static String lots(long lots) {
            return lots == 0 ? "" : Long.toString(lots);
        }

        private static Label cell(String... styleClasses) {
            Label cell = new Label();
            cell.getStyleClass().addAll(DeskTheme.TABULAR, "ladder-cell");
            cell.getStyleClass().addAll(styleClasses);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setMaxHeight(Double.MAX_VALUE);
            HBox.setHgrow(cell, Priority.ALWAYS);
            return cell;
        }
    }
}
