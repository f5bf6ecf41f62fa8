package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.BestBidOfferChanged;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.MarginRequirementChanged;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.OrderRested;
import com.suanli.exchange.engine.event.PositionChanged;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.engine.event.TradeExecuted;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steady-state events by their fields ({@code EventsByField}) through the engine with clearing
 * inside: a sink that reads them by their fields gets every one of them that way (none arrives as
 * a record, the clearing feed between passing them on by their fields too), and the stream it gets,
 * hashed, is the one a sink taking records gets for the same seeded commands.
 */
class EventsByFieldTest {

    /** The events the engine publishes only by their fields. */
    private static final List<Class<? extends ExchangeEvent>> BY_FIELD = List.of(OrderAccepted.class,
            OrderRested.class, OrderAmended.class, OrderCancelled.class, QuoteAccepted.class, TradeExecuted.class,
            TapePrint.class, DepthChanged.class, BestBidOfferChanged.class, MarginRequirementChanged.class,
            PositionChanged.class, CashMoved.class);

    @Test
    void a_sink_reading_fields_gets_the_same_stream_as_one_taking_records_and_no_record_of_those_events() {
        SequencedClearingRun recorded = new SequencedClearingRun(31);
        recorded.run(20_000);
        FieldReader reader = new FieldReader();
        Engine engine = SequencedClearingRun.clearedEngine(reader);
        for (Command c : recorded.journal) {
            engine.submit(c);
        }
        assertThat(reader.asRecords).as("steady-state events that reached onEvent as records").isEmpty();
        assertThat(reader.byField).containsExactlyInAnyOrderElementsOf(
                BY_FIELD.stream().map(Class::getSimpleName).toList());
        assertThat(reader.hash.sequenceGaps()).isZero();
        assertThat(reader.hash.value()).isEqualTo(recorded.eventStreamHash());
        assertThat(engine.stateHash()).isEqualTo(recorded.engine.stateHash());
    }

    @Test
    void a_sink_that_wants_no_records_gets_the_other_events_alone_and_the_engine_ends_in_the_same_state() {
        List<ExchangeEvent> all = new ArrayList<>();
        SequencedClearingRun recorded = new SequencedClearingRun(31, all::add);
        recorded.run(20_000);
        List<ExchangeEvent> declined = new ArrayList<>();
        Engine engine = SequencedClearingRun.clearedEngine(new EventSink() {
            @Override
            public void onEvent(ExchangeEvent event) {
                declined.add(event);
            }

            @Override
            public boolean wantsRecords() {
                return false;
            }
        });
        for (Command c : recorded.journal) {
            engine.submit(c);
        }
        List<ExchangeEvent> others = all.stream().filter(event -> !BY_FIELD.contains(event.getClass())).toList();
        assertThat(others).as("events that are not by field, in the recorded run").hasSizeGreaterThan(1_000);
        assertThat(declined).isEqualTo(others);
        assertThat(engine.stateHash()).isEqualTo(recorded.engine.stateHash());
    }

    /** Hashes every event; the by-field ones through records it builds itself, noting that they came by field. */
    private static final class FieldReader implements EventSink {
        final EventStreamHash hash = new EventStreamHash();
        final Set<String> byField = new TreeSet<>();
        final Set<String> asRecords = new TreeSet<>();

        @Override
        public void onEvent(ExchangeEvent event) {
            if (BY_FIELD.contains(event.getClass())) {
                asRecords.add(event.getClass().getSimpleName());
            }
            hash.onEvent(event);
        }

        private void byField(ExchangeEvent event) {
            byField.add(event.getClass().getSimpleName());
            hash.onEvent(event);
        }

        @Override
        public void onOrderAccepted(long sequence, long timestamp, long orderId, long account, long clientOrderId,
                                    int instrumentId, Side side, OrderType type, TimeInForce timeInForce, long price,
                                    long quantity, long displayQuantity, long stopPrice, long expireAt,
                                    boolean postOnly) {
            byField(new OrderAccepted(sequence, timestamp, orderId, account, clientOrderId, instrumentId, side, type,
                    timeInForce, price, quantity, displayQuantity, stopPrice, expireAt, postOnly));
        }

        @Override
        public void onOrderRested(long sequence, long timestamp, long orderId, long account, int instrumentId,
                                  Side side, long price, long displayedQuantity) {
            byField(new OrderRested(sequence, timestamp, orderId, account, instrumentId, side, price,
                    displayedQuantity));
        }

        @Override
        public void onOrderAmended(long sequence, long timestamp, long orderId, long account, int instrumentId,
                                   long price, long openQuantity) {
            byField(new OrderAmended(sequence, timestamp, orderId, account, instrumentId, price, openQuantity));
        }

        @Override
        public void onOrderCancelled(long sequence, long timestamp, long orderId, long account, int instrumentId,
                                     Side side, long cancelledQuantity, CancelReason reason, String message) {
            byField(new OrderCancelled(sequence, timestamp, orderId, account, instrumentId, side, cancelledQuantity,
                    reason, message));
        }

        @Override
        public void onQuoteAccepted(long sequence, long timestamp, long account, int instrumentId, long bidOrderId,
                                    long bidPrice, long bidQuantity, long askOrderId, long askPrice,
                                    long askQuantity) {
            byField(new QuoteAccepted(sequence, timestamp, account, instrumentId, bidOrderId, bidPrice, bidQuantity,
                    askOrderId, askPrice, askQuantity));
        }

        @Override
        public void onTradeExecuted(long sequence, long timestamp, long tradeId, int instrumentId, long price,
                                    long quantity, long buyOrderId, long buyAccount, long sellOrderId,
                                    long sellAccount, Aggressor aggressor, long buyRemaining, long sellRemaining) {
            byField(new TradeExecuted(sequence, timestamp, tradeId, instrumentId, price, quantity, buyOrderId,
                    buyAccount, sellOrderId, sellAccount, aggressor, buyRemaining, sellRemaining));
        }

        @Override
        public void onTapePrint(long sequence, long timestamp, int instrumentId, long tradeId, long price,
                                long quantity, Aggressor aggressor) {
            byField(new TapePrint(sequence, timestamp, instrumentId, tradeId, price, quantity, aggressor));
        }

        @Override
        public void onDepthChanged(long sequence, long timestamp, int instrumentId, long depthSequence, Side side,
                                   long price, long quantity, int orderCount) {
            byField(new DepthChanged(sequence, timestamp, instrumentId, depthSequence, side, price, quantity,
                    orderCount));
        }

        @Override
        public void onBestBidOfferChanged(long sequence, long timestamp, int instrumentId, long bidPrice,
                                          long bidQuantity, long askPrice, long askQuantity) {
            byField(new BestBidOfferChanged(sequence, timestamp, instrumentId, bidPrice, bidQuantity, askPrice,
                    askQuantity));
        }

        @Override
        public void onMarginRequirementChanged(long sequence, long timestamp, long account, long maintenance,
                                               long initial) {
            byField(new MarginRequirementChanged(sequence, timestamp, account, maintenance, initial));
        }

        @Override
        public void onPositionChanged(long sequence, long timestamp, long account, int instrumentId, long tradeId,
                                      long netLots, long openCost, long realisedPnl) {
            byField(new PositionChanged(sequence, timestamp, account, instrumentId, tradeId, netLots, openCost,
                    realisedPnl));
        }

        @Override
        public void onCashMoved(long sequence, long timestamp, long entryId, CashReason reason, long reference,
                                long debitAccount, long creditAccount, long amount, long debitBalance,
                                long creditBalance) {
            byField(new CashMoved(sequence, timestamp, entryId, reason, reference, debitAccount, creditAccount,
                    amount, debitBalance, creditBalance));
        }
    }
}
