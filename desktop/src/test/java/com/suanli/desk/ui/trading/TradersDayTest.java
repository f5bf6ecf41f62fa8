package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.suanli.data.trading.OrderRecord;
import com.suanli.data.trading.TradeRecord;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.listing.ContractSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The trader's day read at start: the exchange's working orders of the trader's accounts with the store's
 * quantities, the day's fills on either side, and a desk resumed from it once however often it is told.
 */
class TradersDayTest {

    private static final ContractSpec JUNE = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M06");
    private static final long MINE = TraderFixture.TRADER;
    private static final long OTHERS = TraderFixture.OTHER;
    private static final long AT = TraderFixture.MARKET_OPEN.millis();

    private static WorkingOrder working(long orderId, long account, Side side, long price, long open, boolean held) {
        return new WorkingOrder(orderId, account, orderId * 10, JUNE.instrumentId(), side,
                held ? OrderType.STOP_LIMIT : OrderType.LIMIT, TimeInForce.GTC, price, open, held ? price + 2 : 0, 0,
                held, false);
    }

    private static OrderRecord recorded(long orderId, long quantity, long open, long filled) {
        return new OrderRecord(orderId, orderId, AT, MINE, orderId * 10, JUNE.instrumentId(), Side.BID, OrderType.LIMIT,
                TimeInForce.GTC, 2000, quantity, 0, 0, 0, false, false,
                // The store's status, not the blotter's (same name, another package).
                com.suanli.data.trading.OrderStatus.WORKING, open, filled, orderId);
    }

    private static TradeRecord trade(long tradeId, long buyer, long seller, Aggressor aggressor) {
        return new TradeRecord(tradeId, tradeId, AT + tradeId, JUNE.instrumentId(), 2001, 2, tradeId * 100, buyer,
                tradeId * 100 + 1, seller, aggressor);
    }

    private static TradersDay day() {
        Map<Long, OrderRecord> records = Map.of(7L, recorded(7, 5, 3, 2));
        return TradersDay.of(
                List.of(working(7, MINE, Side.BID, 1998, 3, false), working(9, MINE, Side.ASK, 2010, 1, true),
                        working(8, OTHERS, Side.ASK, 2003, 4, false)),
                id -> Optional.ofNullable(records.get(id)),
                List.of(trade(1, MINE, OTHERS, Aggressor.BUYER), trade(2, OTHERS, MINE, Aggressor.BUYER),
                        trade(3, OTHERS, 3003, Aggressor.SELLER)),
                TraderFixture.GUIZHOU, List.of(MINE));
    }

    @Test
    void the_day_holds_the_traders_working_orders_with_their_quantities_and_its_fills_on_either_side() {
        TradersDay day = day();

        assertThat(day.working()).extracting(OwnOrder::orderId).containsExactly(7L, 9L);
        assertThat(day.working().get(0)).satisfies(order -> {
            assertThat(order.quantity()).as("the store's quantity").isEqualTo(5);
            assertThat(order.filledQuantity()).isEqualTo(2);
            assertThat(order.openQuantity()).as("the exchange's open lots").isEqualTo(3);
            assertThat(order.status()).isEqualTo(OrderStatus.WORKING);
        });
        assertThat(day.working().get(1)).satisfies(order -> {
            assertThat(order.quantity()).as("not recorded yet: all open").isEqualTo(1);
            assertThat(order.status()).as("a held stop").isEqualTo(OrderStatus.HELD);
        });
        assertThat(day.fills()).extracting(Fill::tradeId, Fill::side, Fill::orderId, Fill::aggressor).containsExactly(
                tuple(1L, Side.BID, 100L, true),
                tuple(2L, Side.ASK, 201L, false));
    }

    @Test
    void a_desk_resumed_from_the_day_shows_it_newest_first_and_counts_each_order_and_fill_once() {
        TradingDesk desk = new TradingDesk(MINE);
        desk.list(TraderFixture.GUIZHOU);
        long before = desk.revisionProperty().get();

        desk.resume(day());
        desk.resume(day());

        assertThat(desk.orders()).extracting(OwnOrder::orderId).containsExactly(9L, 7L);
        assertThat(desk.fills()).extracting(Fill::tradeId).containsExactly(2L, 1L);
        assertThat(desk.liveOrdersAt(JUNE.instrumentId(), Side.BID, 1998)).extracting(OwnOrder::orderId)
                .as("the ladder's own bid").containsExactly(7L);
        assertThat(desk.liveOrdersAt(JUNE.instrumentId(), Side.ASK, 2012)).as("a held stop at its trigger").hasSize(1);
        assertThat(desk.revisionProperty().get()).isEqualTo(before + 2);
    }
}
