package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static org.assertj.core.api.Assertions.assertThat;

/** What the pre-trade check is told, so a margin check counts each order once. */
class PreTradeContextTest {
    private static final long TRADER = 11;
    private static final long MAKER = 22;

    /** A copy of each question, since the engine reuses one instance. */
    private record Asked(PreTradeOrder.Purpose purpose, long orderId, OrderType type, long account, Side side,
                         long price, long budget, long quantity, long replacedPrice, long replacedQuantity,
                         long added) {
    }

    private final List<Asked> asked = new ArrayList<>();
    private final EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults(),
            new PreTradeCheck() {
                @Override
                public PreTradeVerdict check(long account, ContractSpec contract, Side side, long price,
                                             long quantity, long timestamp) {
                    throw new AssertionError("the engine asks with the whole order");
                }

                @Override
                public PreTradeVerdict check(PreTradeOrder o) {
                    asked.add(new Asked(o.purpose(), o.orderId(), o.type(), o.account(), o.side(), o.price(),
                            o.budget(), o.quantity(), o.replacedPrice(), o.replacedQuantity(), o.addedQuantity()));
                    return PreTradeVerdict.ALLOW;
                }
            });

    PreTradeContextTest() {
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
    }

    private Asked last() {
        return asked.get(asked.size() - 1);
    }

    @Test
    void a_new_order_is_asked_with_the_id_it_will_get_and_nothing_replaced() {
        long id = h.limit(TRADER, Side.BID, 990, 7);
        assertThat(last()).isEqualTo(new Asked(PreTradeOrder.Purpose.NEW_ORDER, id, OrderType.LIMIT, TRADER, Side.BID,
                990, 0, 7, 0, 0, 7));
    }

    @Test
    void a_price_amendment_replaces_the_same_lots_so_it_adds_none() {
        long id = h.limit(TRADER, Side.BID, 990, 7);
        h.send(new AmendPrice(h.now(), TRADER, id, 992));
        assertThat(last()).isEqualTo(new Asked(PreTradeOrder.Purpose.AMENDMENT, id, OrderType.LIMIT, TRADER, Side.BID,
                992, 0, 7, 990, 7, 0));
    }

    @Test
    void a_quote_replacing_a_quote_names_each_side_it_replaces() {
        h.send(Quote.of(h.now(), MAKER, YRD, 995, 4, 1_005, 6));
        assertThat(last().purpose()).isEqualTo(PreTradeOrder.Purpose.QUOTE_REPLACEMENT);
        assertThat(last().replacedQuantity()).isZero();
        long bid = firstWorkingId(Side.BID);
        long ask = firstWorkingId(Side.ASK);
        asked.clear();
        h.send(Quote.of(h.now(), MAKER, YRD, 996, 5, 1_004, 2));
        assertThat(asked).containsExactly(
                new Asked(PreTradeOrder.Purpose.QUOTE_REPLACEMENT, bid, OrderType.LIMIT, MAKER, Side.BID, 996, 0, 5,
                        995, 4, 1),
                new Asked(PreTradeOrder.Purpose.QUOTE_REPLACEMENT, ask, OrderType.LIMIT, MAKER, Side.ASK, 1_004, 0, 2,
                        1_005, 6, -4));
    }

    @Test
    void a_budget_order_says_it_is_one_and_has_no_price() {
        h.limit(MAKER, Side.ASK, 1_000, 5);
        h.send(PlaceOrder.budget(h.now(), TRADER, 9, YRD, Side.BID, 3_000, 3));
        assertThat(last().type()).isEqualTo(OrderType.BUDGET);
        assertThat(last().price()).isZero();
        assertThat(last().budget()).isEqualTo(3_000);
        assertThat(last().quantity()).isEqualTo(3);
    }

    @Test
    void a_triggering_stop_is_asked_again_at_its_working_limit() {
        h.limit(MAKER, Side.ASK, 1_001, 5);
        h.send(PlaceOrder.stopLimit(h.now(), TRADER, 9, YRD, Side.BID, 1_001, 1_003, 2, TimeInForce.GTC));
        long stopId = last().orderId();
        h.limit(TRADER + 1, Side.BID, 1_001, 1);
        assertThat(last()).isEqualTo(new Asked(PreTradeOrder.Purpose.TRIGGERED_STOP, stopId, OrderType.STOP_LIMIT,
                TRADER, Side.BID, 1_003, 0, 2, 1_001, 2, 0));
    }

    @Test
    void a_check_written_with_six_arguments_still_sees_a_budget_as_its_price() {
        List<Long> prices = new ArrayList<>();
        EngineHarness simple = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults(),
                (account, contract, side, price, quantity, timestamp) -> {
                    prices.add(price);
                    return PreTradeVerdict.ALLOW;
                });
        simple.session(YRD, SessionAction.OPEN_CONTINUOUS);
        simple.limit(MAKER, Side.ASK, 1_000, 5);
        simple.send(PlaceOrder.budget(simple.now(), TRADER, 9, YRD, Side.BID, 3_000, 3));
        assertThat(prices).containsExactly(1_000L, 3_000L);
    }

    private long firstWorkingId(Side side) {
        for (long id = 1; id < 100; id++) {
            var o = h.engine.workingOrder(id);
            if (o.isPresent() && o.get().side() == side) {
                return id;
            }
        }
        throw new AssertionError("no working " + side);
    }
}
