package com.suanli.desk.ui.marketwatch;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How narrow each market watch column may be: as wide as its header's longest line and the widest figure or word
 * its cells show for the listing, measured in the faces desk.css gives them, and no wider. The live market then
 * fits a 1600-pixel screen whole (a 1280-pixel one without the last trade's lots), and the table shares out what is
 * left.
 */
final class WatchWidths {

    /** The watch's figures: the monospaced face a size under the desk's 13px (desk.css, .market-watch). */
    static final Font FIGURES = Font.font("monospace", 12);
    /** The symbols: the monospaced face two sizes under the desk's 13px (desk.css, .market-watch .symbol). */
    private static final Font SYMBOLS = Font.font("monospace", 11);
    /** The words of the terms: the desk's face at 13px. */
    private static final Font WORDS = Font.font(Font.getDefault().getFamily(), 13);
    /** A column header's words: bold at the desk's 13px. */
    private static final Font HEADER = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
    /** A cell's or a header's padding (1px each side, desk.css), the column's border and two pixels of rounding. */
    private static final double PADDING = 5;
    /** The most lots at one price, or in one trade, a column of lots makes room for. */
    private static final String LOTS = "9999";
    /** The most lots of a day's volume or of the open interest a column makes room for. */
    private static final String DAY_LOTS = "999999";

    private final List<InstrumentRow> listed;
    /** One text measured again and again, not a node made for each text of each row (5,800 for 962 rows). */
    private final Text measured = new Text();
    /** A price of the listing at its widest: the top of its band, at the scale of its tick. */
    private final String price;

    private WatchWidths(List<InstrumentRow> listed) {
        this.listed = listed;
        price = widest(InstrumentRow::bandHigh);
    }

    /** The widths for the {@code listed} instruments, column by column ({@link #of}); FX thread. */
    static WatchWidths over(List<InstrumentRow> listed) {
        return new WatchWidths(List.copyOf(listed));
    }

    /** The narrowest {@code column} may be, headed {@code header}. */
    double of(WatchColumn column, String header) {
        double words = Arrays.stream(header.split("\n")).mapToDouble(line -> width(line, HEADER)).max().orElse(0);
        return Math.max(words, cells(column)) + PADDING;
    }

    private double cells(WatchColumn column) {
        return switch (column) {
            case SYMBOL -> width(widest(InstrumentRow::symbol), SYMBOLS);
            case BID_LOTS, ASK_LOTS, LAST_LOTS -> width(LOTS, FIGURES);
            case BID, ASK, LAST, SETTLEMENT, INDEX -> width(price, FIGURES);
            case CHANGE -> width("+" + price, FIGURES);
            case VOLUME, OPEN_INTEREST -> width(DAY_LOTS, FIGURES);
            case PRODUCT -> words(InstrumentRow::product);
            case HUB -> words(InstrumentRow::hub);
            case GREEN -> words(InstrumentRow::green);
            case KIND -> words(InstrumentRow::kind);
            case DELIVERY -> figures(InstrumentRow::delivery);
            case SETTLES -> words(InstrumentRow::settlement);
            case CONTRACT -> figures(InstrumentRow::contractSize);
            case TICK -> figures(InstrumentRow::tickSize);
            case REF_CNY -> figures(InstrumentRow::referencePrice);
            case BAND_LOW -> figures(InstrumentRow::bandLow);
            case BAND_HIGH -> width(price, FIGURES);
        };
    }

    /**
     * The widest of the texts in the desk's proportional face: each different text once, all in one measure (a text
     * of several lines is as wide as its widest line), not one layout for each of the listing's 962 symbols.
     */
    private double words(Function<InstrumentRow, String> text) {
        Set<String> different = new LinkedHashSet<>();
        listed.forEach(row -> different.add(text.apply(row)));
        return width(String.join("\n", different), WORDS);
    }

    private double figures(Function<InstrumentRow, String> text) {
        return width(widest(text), FIGURES);
    }

    /** The longest of the texts: in a monospaced face, the widest. */
    private String widest(Function<InstrumentRow, String> text) {
        return listed.stream().map(text).reduce("", (one, other) -> other.length() > one.length() ? other : one);
    }

    private double width(String text, Font font) {
        measured.setFont(font);
        measured.setText(text);
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }
}
