package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.Catalogue;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per reject reason: the code, the field named in the message, and nothing applied. */
class RejectReasonsTest {
    private static final long ACCOUNT = 10;
    private static final long OTHER = 20;
    private final EngineHarness h = EngineHarness.continuous();

    private PlaceOrder limit(long price, long quantity) {
        return PlaceOrder.limit(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID, price, quantity, TimeInForce.GTC);
    }

    /** Sends the command and checks it was refused whole: one reject, nothing else, state unchanged. */
    private CommandRejected refused(Command command, RejectReason reason,
                                    String field) {
        int ordersBefore = h.engine.workingOrderCount();
        long sequenceBefore = h.engine.lastSequence();
        List<ExchangeEvent> events = h.send(command);
        assertThat(events).hasSize(1);
        CommandRejected r = rejected(events);
        assertThat(r.reason()).isEqualTo(reason);
        assertThat(r.message()).startsWith(field + ":");
        assertThat(h.engine.lastSequence()).isEqualTo(sequenceBefore + 1);
        assertThat(h.engine.workingOrderCount()).isEqualTo(ordersBefore);
        return r;
    }

    private CommandRejected refusedPlace(PlaceOrder order, RejectReason reason, String field) {
        CommandRejected r = refused(order, reason, field);
        assertThat(r.command()).isEqualTo(RejectedCommand.PLACE_ORDER);
        assertThat(r.clientOrderId()).isEqualTo(order.clientOrderId());
        return r;
    }

    @Test
    void unknown_instrument() {
        refusedPlace(PlaceOrder.limit(h.now(), ACCOUNT, 1, 99, Side.BID, 1_000, 1, TimeInForce.GTC),
                RejectReason.UNKNOWN_INSTRUMENT, "instrumentId");
    }

    @Test
    void account_not_positive() {
        refusedPlace(PlaceOrder.limit(h.now(), 0, 1, YRD, Side.BID, 1_000, 1, TimeInForce.GTC),
                RejectReason.ACCOUNT_INVALID, "account");
    }

    @Test
    void client_order_id_not_positive() {
        refusedPlace(PlaceOrder.limit(h.now(), ACCOUNT, 0, YRD, Side.BID, 1_000, 1, TimeInForce.GTC),
                RejectReason.CLIENT_ORDER_ID_INVALID, "clientOrderId");
    }

    @Test
    void session_closed() {
        h.session(YRD, SessionAction.CLOSE);
        refusedPlace(limit(1_000, 1), RejectReason.SESSION_CLOSED, "instrumentId");
    }

    @Test
    void instrument_expired() {
        h.session(YRD, SessionAction.EXPIRE);
        refusedPlace(limit(1_000, 1), RejectReason.INSTRUMENT_EXPIRED, "instrumentId");
    }

    @Test
    void ioc_fok_and_market_are_not_accepted_in_the_call_auction() {
        h.session(YRD, SessionAction.HALT);
        refusedPlace(PlaceOrder.limit(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID, 1_000, 1, TimeInForce.IOC),
                RejectReason.ORDER_TYPE_NOT_ALLOWED_IN_SESSION, "timeInForce IOC");
        refusedPlace(PlaceOrder.limit(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID, 1_000, 1, TimeInForce.FOK),
                RejectReason.ORDER_TYPE_NOT_ALLOWED_IN_SESSION, "timeInForce FOK");
        refusedPlace(PlaceOrder.market(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID, 1, 5),
                RejectReason.ORDER_TYPE_NOT_ALLOWED_IN_SESSION, "type MARKET");
    }

    @Test
    void price_not_a_positive_number_of_ticks() {
        refusedPlace(limit(0, 1), RejectReason.PRICE_NOT_POSITIVE, "price");
        refusedPlace(limit(-5, 1), RejectReason.PRICE_NOT_POSITIVE, "price");
        refusedPlace(limit(Long.MIN_VALUE, 1), RejectReason.PRICE_NOT_POSITIVE, "price");
        long bid = h.limit(ACCOUNT, Side.BID, 990, 1);
        refused(new AmendPrice(h.now(), ACCOUNT, bid, 0), RejectReason.PRICE_NOT_POSITIVE, "newPrice");
        refused(Quote.of(h.now(), ACCOUNT, YRD, -1, 1, 1_010, 1), RejectReason.PRICE_NOT_POSITIVE, "bidPrice");
        refused(Quote.of(h.now(), ACCOUNT, YRD, 990, 1, 0, 1), RejectReason.PRICE_NOT_POSITIVE, "askPrice");
    }

    @Test
    void quantity_zero_or_negative() {
        refusedPlace(limit(1_000, 0), RejectReason.QUANTITY_NOT_POSITIVE, "quantity");
        refusedPlace(limit(1_000, -3), RejectReason.QUANTITY_NOT_POSITIVE, "quantity");
    }

    @Test
    void quantity_off_lot() {
        EngineHarness lots = new EngineHarness(Catalogue.of(List.of(EngineFixtures.spot(YRD, 5, 100,
                EngineFixtures.BAND_BPS, EngineFixtures.REFERENCE))), EngineConfig.defaults());
        lots.session(YRD, SessionAction.OPEN_CONTINUOUS);
        CommandRejected r = rejected(lots.send(PlaceOrder.limit(lots.now(), ACCOUNT, 1, YRD, Side.BID, 1_000, 7,
                TimeInForce.GTC)));
        assertThat(r.reason()).isEqualTo(RejectReason.QUANTITY_OFF_LOT);
        assertThat(r.message()).isEqualTo("quantity: 7 is not a multiple of the lot size 5");
    }

    @Test
    void quantity_above_max() {
        refusedPlace(limit(1_000, EngineFixtures.MAX_LOTS + 1), RejectReason.QUANTITY_ABOVE_MAX, "quantity");
    }

    @Test
    void display_quantity_not_below_quantity() {
        refusedPlace(limit(1_000, 5).withDisplayQuantity(5), RejectReason.DISPLAY_QUANTITY_INVALID, "displayQuantity");
    }

    @Test
    void outside_price_band() {
        CommandRejected r = refusedPlace(limit(1_101, 1), RejectReason.OUTSIDE_PRICE_BAND, "price");
        assertThat(r.message()).contains("900..1100");
        refusedPlace(limit(899, 1), RejectReason.OUTSIDE_PRICE_BAND, "price");
    }

    @Test
    void time_in_force_that_the_type_cannot_have() {
        refusedPlace(new PlaceOrder(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID, OrderType.MARKET, TimeInForce.GTC,
                0, 1, 0, 0, 5, 0, false), RejectReason.TIME_IN_FORCE_INVALID, "timeInForce");
        refusedPlace(PlaceOrder.limit(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID, 1_000, 1, TimeInForce.IOC)
                .withPostOnly(), RejectReason.TIME_IN_FORCE_INVALID, "postOnly");
    }

    @Test
    void gtd_expiry_not_after_the_order_time() {
        refusedPlace(limit(1_000, 1).withExpireAt(h.now()), RejectReason.EXPIRE_TIME_INVALID, "expireAt");
    }

    @Test
    void market_without_protection() {
        h.limit(OTHER, Side.ASK, 1_000, 1);
        refusedPlace(PlaceOrder.market(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID, 1, 0),
                RejectReason.PROTECTION_INVALID, "protectionTicks");
    }

    @Test
    void budget_not_positive() {
        refusedPlace(PlaceOrder.budget(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID, 0, 1),
                RejectReason.BUDGET_INVALID, "price");
    }

    @Test
    void stop_price_already_reached() {
        // No trade yet: stops are checked against the reference price 1000.
        refusedPlace(PlaceOrder.stop(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID, 1_000, 1, 5),
                RejectReason.STOP_PRICE_INVALID, "stopPrice");
        refusedPlace(PlaceOrder.stop(h.now(), ACCOUNT, h.clientId(), YRD, Side.ASK, 1_001, 1, 5),
                RejectReason.STOP_PRICE_INVALID, "stopPrice");
    }

    @Test
    void duplicate_client_order_id_of_a_working_order() {
        h.send(PlaceOrder.limit(h.now(), ACCOUNT, 777, YRD, Side.BID, 990, 1, TimeInForce.GTC));
        refusedPlace(PlaceOrder.limit(h.now(), ACCOUNT, 777, YRD, Side.BID, 991, 1, TimeInForce.GTC),
                RejectReason.DUPLICATE_CLIENT_ORDER_ID, "clientOrderId");
        // Another account may use the same id.
        assertThat(h.send(PlaceOrder.limit(h.now(), OTHER, 777, YRD, Side.BID, 991, 1, TimeInForce.GTC)))
                .noneMatch(e -> e instanceof CommandRejected);
    }

    @Test
    void unknown_order() {
        assertThat(refused(new CancelOrder(h.now(), ACCOUNT, 12_345), RejectReason.UNKNOWN_ORDER, "orderId").command())
                .isEqualTo(RejectedCommand.CANCEL_ORDER);
    }

    @Test
    void not_the_owner() {
        long bid = h.limit(OTHER, Side.BID, 990, 1);
        refused(new CancelOrder(h.now(), ACCOUNT, bid), RejectReason.NOT_OWNER, "orderId");
        refused(new AmendPrice(h.now(), ACCOUNT, bid, 991), RejectReason.NOT_OWNER, "orderId");
        refused(new AmendQuantity(h.now(), ACCOUNT, bid, 1), RejectReason.NOT_OWNER, "orderId");
    }

    @Test
    void held_stop_price_cannot_be_amended() {
        long stop = EngineHarness.accepted(h.send(PlaceOrder.stop(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID,
                1_050, 1, 5)));
        refused(new AmendPrice(h.now(), ACCOUNT, stop, 1_060), RejectReason.ORDER_NOT_AMENDABLE, "orderId");
    }

    @Test
    void amend_quantity_must_reduce() {
        long bid = h.limit(ACCOUNT, Side.BID, 990, 3);
        refused(new AmendQuantity(h.now(), ACCOUNT, bid, 3), RejectReason.QUANTITY_NOT_REDUCED, "newQuantity");
    }

    @Test
    void post_only_would_cross() {
        h.limit(OTHER, Side.ASK, 1_000, 1);
        refusedPlace(limit(1_000, 1).withPostOnly(), RejectReason.POST_ONLY_WOULD_CROSS, "price");
    }

    @Test
    void market_with_no_opposite_side() {
        refusedPlace(PlaceOrder.market(h.now(), ACCOUNT, h.clientId(), YRD, Side.BID, 1, 5),
                RejectReason.NO_LIQUIDITY_FOR_MARKET, "side");
    }

    @Test
    void quote_bid_not_below_ask() {
        refused(Quote.of(h.now(), ACCOUNT, YRD, 1_000, 1, 1_000, 1), RejectReason.QUOTE_CROSSED, "bidPrice");
    }

    @Test
    void mass_quote_empty_or_quoting_an_instrument_twice() {
        refused(new MassQuote(h.now(), ACCOUNT, List.of()), RejectReason.QUOTE_EMPTY, "quotes");
        QuoteSides q = new QuoteSides(YRD, 990, 1, 1_010, 1);
        refused(new MassQuote(h.now(), ACCOUNT, List.of(q, q)), RejectReason.QUOTE_DUPLICATE_INSTRUMENT, "quotes");
    }

    @Test
    void invalid_session_transition() {
        CommandRejected r = refused(new SessionCommand(h.now(), YRD,
                SessionAction.RESUME), RejectReason.INVALID_SESSION_TRANSITION, "action");
        assertThat(r.message()).isEqualTo("action: cannot RESUME from CONTINUOUS");
    }

    @Test
    void reference_price_not_positive() {
        refused(new SetReferencePrice(h.now(), YRD, 0), RejectReason.REFERENCE_PRICE_INVALID, "priceTicks");
    }

    @Test
    void timestamp_before_engine_time() {
        refused(new TimeTick(h.now() - 10 * EngineHarness.STEP), RejectReason.TIMESTAMP_BEFORE_ENGINE_TIME,
                "timestamp");
    }

    @Test
    void a_late_command_of_every_kind_is_named_in_its_reject() {
        long late = h.now() - 10 * EngineHarness.STEP;
        QuoteSides sides = new QuoteSides(YRD, 990, 1, 1_010, 1);
        Map<Command, RejectedCommand> kinds = new LinkedHashMap<>();
        kinds.put(PlaceOrder.limit(late, ACCOUNT, 1, YRD, Side.BID, 1_000, 1, TimeInForce.GTC), RejectedCommand.PLACE_ORDER);
        kinds.put(new AmendPrice(late, ACCOUNT, 1, 1_001), RejectedCommand.AMEND_PRICE);
        kinds.put(new AmendQuantity(late, ACCOUNT, 1, 2), RejectedCommand.AMEND_QUANTITY);
        kinds.put(new CancelOrder(late, ACCOUNT, 1), RejectedCommand.CANCEL_ORDER);
        kinds.put(new MassCancel(late, ACCOUNT, YRD), RejectedCommand.MASS_CANCEL);
        kinds.put(new Quote(late, ACCOUNT, sides), RejectedCommand.QUOTE);
        kinds.put(new MassQuote(late, ACCOUNT, List.of(sides)), RejectedCommand.MASS_QUOTE);
        kinds.put(new SessionCommand(late, YRD, SessionAction.HALT), RejectedCommand.SESSION);
        kinds.put(new SetReferencePrice(late, YRD, 1_000), RejectedCommand.REFERENCE_PRICE);
        kinds.put(new TimeTick(late), RejectedCommand.TIME_TICK);

        kinds.forEach((command, kind) -> assertThat(
                refused(command, RejectReason.TIMESTAMP_BEFORE_ENGINE_TIME, "timestamp").command())
                .as("%s", command).isEqualTo(kind));
    }

    @Test
    void pre_trade_check_refusal_carries_its_message() {
        PreTradeCheck smallOnly = (account, contract, side, price, quantity, timestamp) -> quantity > 10
                ? PreTradeVerdict.refuse("quantity: " + quantity + " lots exceed the account limit of 10")
                : PreTradeVerdict.ALLOW;
        EngineHarness checked = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults(), smallOnly);
        checked.session(YRD, SessionAction.OPEN_CONTINUOUS);
        CommandRejected r = rejected(checked.send(PlaceOrder.limit(checked.now(), ACCOUNT, 1, YRD, Side.BID, 1_000,
                11, TimeInForce.GTC)));
        assertThat(r.reason()).isEqualTo(RejectReason.PRE_TRADE_CHECK);
        assertThat(r.message()).isEqualTo("quantity: 11 lots exceed the account limit of 10");
    }
}
