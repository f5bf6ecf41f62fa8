package com.suanli.exchange.engine;

import com.suanli.exchange.book.BookListener;
import com.suanli.exchange.book.FastOrderBook;
import com.suanli.exchange.book.RemovalReason;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.EventSink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The invariant checker is only worth its green if it goes red on a broken engine. */
class InvariantCheckerTest {

    /** A book whose trades are reported one tick away from the level they happened at. */
    private static final OrderBookFactory MISPRICING_BOOK = (contract, listener) -> new FastOrderBook(
            new BookListener() {
                @Override
                public void trade(long makerOrderId, long makerAccount, long takerOrderId, long takerAccount,
                                  Side takerSide, long price, long quantity, long makerRemaining, long takerRemaining) {
                    listener.trade(makerOrderId, makerAccount, takerOrderId, takerAccount, takerSide, price + 1,
                            quantity, makerRemaining, takerRemaining);
                }

                @Override
                public void rested(long orderId, long account, Side side, long price, long restingQuantity) {
                    listener.rested(orderId, account, side, price, restingQuantity);
                }

                @Override
                public void removed(long orderId, long account, long quantity, RemovalReason reason,
                                    boolean wasResting) {
                    listener.removed(orderId, account, quantity, reason, wasResting);
                }

                @Override
                public void levelChanged(Side side, long price, long quantity, int orderCount) {
                    listener.levelChanged(side, price, quantity, orderCount);
                }
            });

    @Test
    void a_trade_away_from_the_best_level_is_caught() {
        RandomCommandStream stream = new RandomCommandStream(5, 1);
        InvariantChecker checker = new InvariantChecker();
        Engine engine = new Engine(EngineFixtures.catalogue(1), EngineConfig.defaults(), EventSink.both(stream, checker),
                PreTradeCheck.ALLOW_ALL, MISPRICING_BOOK);
        checker.attach(engine);
        stream.attach(engine);
        engine.submit(new SessionCommand(EngineHarness.START, 1, SessionAction.OPEN_CONTINUOUS));
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10_000; i++) {
                engine.submit(stream.next());
            }
        }).isInstanceOf(AssertionError.class)
                .hasMessageMatching("trade \\d+ at \\d+ (goes through a limit|but the best).*");
    }
}
