package com.suanli.desk.ui.marketwatch;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How narrow each market watch column may be: as wide as its header's longest line and the widest figure or word
 * its cells show for the listing, measured in the faces desk.css gives them, and no wider. The live market then
 * fits a 1600-pixel screen whole, and the table shares out what is left.
 */
final class WatchWidths {

    /** The watch's figures: the monospaced face a size under the desk's 13px (desk.css, .market-watch). */
    static final Font FIGURES = Font.font("monospace", 12);
    /** The words of the symbol and the terms: the desk's face at 13px. */
    private static final Font WORDS = Font.font(Font.getDefault().getFamily(), 13);
    /** A column header's words: bold at the desk's 13px. */
    private static final Font HEADER = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
    /** A cell's or a header's padding (4px each side, desk.css), the column's border and two pixels of rounding. */
    private static final double PADDING = 11;
    /** The most lots at one price, or in one trade, a column of lots makes room for. */
    private static final String LOTS = "9999";
    /** The most lots of a day's volume or of the open interest a column makes room for. */
    private static final String DAY_LOTS = "999999";

    private WatchWidths() {
    }

    /** The narrowest {@code column} may be, headed {@code header}, over the {@code listed} instruments. */
    static double of(WatchColumn column, String header, List<InstrumentRow> listed) {
        double words = Arrays.stream(header.split("\n")).mapToDouble(line -> width(line, HEADER)).max().orElse(0);
        return Math.max(words, cells(column, listed)) + PADDING;
    }

    private static double cells(WatchColumn column, List<InstrumentRow> listed) {
        // A price of the listing at its widest: the top of its band, at the scale of its tick.
        String price = widest(listed, InstrumentRow::bandHigh);
        return switch (column) {
            case SYMBOL -> words(listed, InstrumentRow::symbol);
            case BID_LOTS, ASK_LOTS, LAST_LOTS -> width(LOTS, FIGURES);
            case BID, ASK, LAST, SETTLEMENT, INDEX -> width(price, FIGURES);
            case CHANGE -> width("+" + price, FIGURES);
            case VOLUME, OPEN_INTEREST -> width(DAY_LOTS, FIGURES);
            case PRODUCT -> words(listed, InstrumentRow::product);
            case HUB -> words(listed, InstrumentRow::hub);
            case GREEN -> words(listed, InstrumentRow::green);
            case KIND -> words(listed, InstrumentRow::kind);
            case DELIVERY -> figures(listed, InstrumentRow::delivery);
            case SETTLES -> words(listed, InstrumentRow::settlement);
            case CONTRACT -> figures(listed, InstrumentRow::contractSize);
            case TICK -> figures(listed, InstrumentRow::tickSize);
            case REF_CNY -> figures(listed, InstrumentRow::referencePrice);
            case BAND_LOW -> figures(listed, InstrumentRow::bandLow);
            case BAND_HIGH -> figures(listed, InstrumentRow::bandHigh);
        };
    }

    private static double words(List<InstrumentRow> listed, Function<InstrumentRow, String> text) {
        return listed.stream().mapToDouble(row -> width(text.apply(row), WORDS)).max().orElse(0);
    }

    private static double figures(List<InstrumentRow> listed, Function<InstrumentRow, String> text) {
        return width(widest(listed, text), FIGURES);
    }

    /** The longest of the texts: in a monospaced face, the widest. */
    private static String widest(List<InstrumentRow> listed, Function<InstrumentRow, String> text) {
        return listed.stream().map(text).reduce("", (one, other) -> other.length() > one.length() ? other : one);
    }

    private static double width(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }
}
