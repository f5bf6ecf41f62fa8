package com.suanli.desk.ui.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.InvalidationListener;
import org.junit.jupiter.api.Test;

/** The blotter's tab titles over a real engine, without a window: each says its count, and changes only with it. */
class BlotterViewModelTest {

    private final TraderFixture fixture = new TraderFixture();
    private final BlotterViewModel blotter = new BlotterViewModel(fixture.desk, fixture.orders);

    private void bid(long lots) {
        fixture.trader(PlaceOrder.limit(TraderFixture.MARKET_OPEN.millis(), TraderFixture.TRADER, 1,
                fixture.june.instrumentId(), Side.BID, fixture.reference(), lots, TimeInForce.GTC));
    }

    @Test
    void the_titles_count_the_working_orders_fills_and_rejects() {
        assertThat(blotter.workingTitleProperty().get()).isEqualTo(Texts.format("blotter.working", 0));

        bid(2);

        assertThat(blotter.workingTitleProperty().get()).isEqualTo(Texts.format("blotter.working", 1));
        assertThat(blotter.fillsTitleProperty().get()).isEqualTo(Texts.format("blotter.fills", 0));
        assertThat(blotter.rejectsTitleProperty().get()).isEqualTo(Texts.format("blotter.rejects", 0));
    }

    @Test
    void a_working_order_partly_filled_changes_its_row_but_not_its_tabs_title() {
        bid(2);
        AtomicInteger workingTitleChanged = new AtomicInteger();
        AtomicInteger fillsTitleChanged = new AtomicInteger();
        blotter.workingTitleProperty().addListener((InvalidationListener) title -> workingTitleChanged.incrementAndGet());
        blotter.fillsTitleProperty().addListener((InvalidationListener) title -> fillsTitleChanged.incrementAndGet());

        // Another member sells one lot into the trader's bid of two: the order works on with one lot open.
        fixture.other(Side.ASK, fixture.reference(), 1);

        assertThat(blotter.working()).singleElement().satisfies(order -> assertThat(order.openQuantity()).isEqualTo(1));
        assertThat(blotter.fills()).hasSize(1);
        assertThat(workingTitleChanged).as("the working count did not change").hasValue(0);
        assertThat(fillsTitleChanged).hasValue(1);
        assertThat(blotter.fillsTitleProperty().get()).isEqualTo(Texts.format("blotter.fills", 1));
    }
}
