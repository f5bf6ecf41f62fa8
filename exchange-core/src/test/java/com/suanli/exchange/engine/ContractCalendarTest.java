package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.accepted;
import static com.suanli.exchange.engine.EngineHarness.of;
import static com.suanli.exchange.engine.EngineHarness.only;
import static com.suanli.exchange.engine.EngineHarness.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A contract trading Friday 9 to Monday 12 January 2026 and expiring on Tuesday 13, and one
 * trading the whole of 2026 through its public holidays; the harness starts on Monday 5 January,
 * 08:00 in Shanghai. Trading days are Shanghai dates.
 */
class ContractCalendarTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 9);
    private static final LocalDate LAST = LocalDate.of(2026, 1, 12);
    private static final LocalDate EXPIRY = LocalDate.of(2026, 1, 13);
    private static final int WHOLE_YEAR = 2;
    private static final long BUYER = 10;
    private static final long SELLER = 20;

    private final EngineHarness h = new EngineHarness(Catalogue.of(List.of(
            EngineFixtures.spot(YRD, 1, 1_000, 1_000, 1_000, FIRST, LAST, EXPIRY),
            EngineFixtures.spot(WHOLE_YEAR, 1, 1_000, 1_000, 1_000, LocalDate.of(2026, 1, 5),
                    LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)))), EngineConfig.defaults());

    private static long shanghai(LocalDate day, int hour) {
        return day.atStartOfDay(SHANGHAI).plusHours(hour).toInstant().toEpochMilli();
    }

    private void moveTo(long time) {
        h.advance(time - h.now());
    }

    private List<ExchangeEvent> order(long account, Side side, long price, TimeInForce tif) {
        return h.send(PlaceOrder.limit(h.now(), account, h.clientId(), YRD, side, price, 1, tif));
    }

    @Test
    void orders_before_the_first_trading_day_are_rejected_and_no_session_opens() {
        assertThat(rejected(order(BUYER, Side.BID, 1_000, TimeInForce.GTC)).reason())
                .isEqualTo(RejectReason.BEFORE_FIRST_TRADING_DAY);
        assertThat(rejected(h.session(YRD, SessionAction.OPEN_CONTINUOUS)).reason())
                .isEqualTo(RejectReason.NOT_A_TRADING_DAY);

        moveTo(shanghai(FIRST, 9));
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CONTINUOUS);
        accepted(order(BUYER, Side.BID, 1_000, TimeInForce.GTC));
    }

    @Test
    void a_session_does_not_open_on_a_weekend_within_the_trading_period() {
        moveTo(shanghai(LocalDate.of(2026, 1, 10), 9));

        assertThat(rejected(h.session(YRD, SessionAction.OPEN_AUCTION)).message()).contains("SATURDAY");
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CLOSED);
    }

    @Test
    void after_the_last_trading_day_the_instrument_closes_then_expires_after_its_expiry_date() {
        moveTo(shanghai(LAST, 9));
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        long gtc = accepted(order(BUYER, Side.BID, 990, TimeInForce.GTC));
        long day = accepted(order(SELLER, Side.ASK, 1_010, TimeInForce.DAY));

        moveTo(shanghai(LAST.plusDays(1), 0) - 1);
        assertThat(h.send(new TimeTick(h.now()))).noneMatch(e -> e instanceof SessionChanged);

        moveTo(shanghai(LAST.plusDays(1), 0));
        List<ExchangeEvent> closing = h.send(new TimeTick(h.now()));
        assertThat(only(closing, SessionChanged.class)).extracting(SessionChanged::to, SessionChanged::cause)
                .containsExactly(SessionState.CLOSED, SessionChangeCause.CALENDAR);
        assertThat(only(closing, OrderCancelled.class)).extracting(OrderCancelled::orderId, OrderCancelled::reason)
                .containsExactly(day, CancelReason.EXPIRED_DAY);
        assertThat(h.engine.workingOrder(gtc)).isPresent();
        assertThat(rejected(order(BUYER, Side.BID, 1_000, TimeInForce.GTC)).reason())
                .isEqualTo(RejectReason.AFTER_LAST_TRADING_DAY);
        assertThat(rejected(h.session(YRD, SessionAction.OPEN_CONTINUOUS)).reason())
                .isEqualTo(RejectReason.NOT_A_TRADING_DAY);

        moveTo(shanghai(EXPIRY.plusDays(1), 0));
        List<ExchangeEvent> expiring = h.send(new TimeTick(h.now()));
        assertThat(only(expiring, SessionChanged.class)).extracting(SessionChanged::to, SessionChanged::cause)
                .containsExactly(SessionState.EXPIRED, SessionChangeCause.CALENDAR);
        assertThat(of(expiring, OrderCancelled.class)).extracting(OrderCancelled::orderId, OrderCancelled::reason)
                .containsExactly(tuple(gtc, CancelReason.INSTRUMENT_EXPIRED));
        assertThat(h.engine.workingOrderCount()).isZero();
    }

    @Test
    void the_calendar_acts_before_any_command_not_only_on_a_tick() {
        moveTo(shanghai(LAST, 9));
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        moveTo(shanghai(EXPIRY.plusDays(1), 1));

        List<ExchangeEvent> events = order(BUYER, Side.BID, 1_000, TimeInForce.GTC);

        assertThat(of(events, SessionChanged.class)).extracting(SessionChanged::to)
                .containsExactly(SessionState.CLOSED, SessionState.EXPIRED);
        assertThat(rejected(events).reason()).isEqualTo(RejectReason.AFTER_LAST_TRADING_DAY);
    }

    @Test
    void a_session_does_not_open_on_a_public_holiday_and_the_refusal_names_it() {
        moveTo(shanghai(LocalDate.of(2026, 10, 1), 9));

        assertThat(rejected(h.session(WHOLE_YEAR, SessionAction.OPEN_CONTINUOUS)).message())
                .contains("2026-10-01 (THURSDAY, Asia/Shanghai) is not a trading day")
                .endsWith("2026-10-01 is a public holiday (National Day 国庆节)");
        assertThat(h.engine.session(WHOLE_YEAR)).isEqualTo(SessionState.CLOSED);

        moveTo(shanghai(LocalDate.of(2026, 10, 8), 9));
        h.session(WHOLE_YEAR, SessionAction.OPEN_CONTINUOUS);
        assertThat(h.engine.session(WHOLE_YEAR)).isEqualTo(SessionState.CONTINUOUS);
    }

    @Test
    void a_make_up_saturday_is_worked_by_offices_but_the_exchange_stays_closed() {
        moveTo(shanghai(LocalDate.of(2026, 2, 28), 9));

        CommandRejected refusal = rejected(h.session(WHOLE_YEAR, SessionAction.OPEN_AUCTION));

        assertThat(refusal.reason()).isEqualTo(RejectReason.NOT_A_TRADING_DAY);
        assertThat(refusal.message()).endsWith("2026-02-28 is a Saturday (a make-up working day for Spring Festival 春节; "
                + "the exchange does not trade on weekends)");
        assertThat(h.engine.session(WHOLE_YEAR)).isEqualTo(SessionState.CLOSED);
    }
}
