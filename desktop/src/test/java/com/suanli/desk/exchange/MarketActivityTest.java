package com.suanli.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.PositionChanged;
import com.suanli.exchange.engine.event.SettlementMethod;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The market watch's day volume, open interest and change, from the events as they come: the volume starts
 * again on a new exchange day (midnight in Beijing, not in UTC), the open interest is the long side's lots as
 * the clearing house's positions move, and a trade's change is counted from the settlement of the business
 * day before its own, even once its own day has settled.
 */
class MarketActivityTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault().ofProduct("H100")
            .where(c -> c.hub().code().equals("YRD"));
    private static final ContractSpec APRIL = CATALOGUE.bySymbol("H100-YRD-2027M04");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    private final DeskMarket market = new DeskMarket(
            () -> MarketSeed.of(new Engine(CATALOGUE, EngineConfig.defaults(), event -> { })), List.of());
    private long sequence;

    @Test
    void the_days_volume_sums_its_trades_and_starts_again_after_midnight_in_beijing() {
        market.start();
        feed(trade(at(MONDAY, 9, 30), 3), trade(at(MONDAY, 14, 0), 4));
        assertThat(market.dayVolume(APRIL.instrumentId())).isEqualTo(7);

        // 23:59 in Beijing is 15:59 UTC: still Monday's exchange day.
        feed(trade(at(MONDAY, 23, 59), 2));
        assertThat(market.dayVolume(APRIL.instrumentId())).isEqualTo(9);

        feed(trade(at(MONDAY.plusDays(1), 0, 1), 5));
        assertThat(market.dayVolume(APRIL.instrumentId())).as("Tuesday's first trade").isEqualTo(5);
        assertThat(market.dayVolume(CATALOGUE.bySymbol("H100-YRD-2027M05").instrumentId())).isZero();
    }

    @Test
    void an_instrument_that_has_not_traded_today_shows_no_volume_once_the_exchange_is_in_a_new_day() {
        market.start();
        feed(trade(at(MONDAY, 10, 0), 6));
        feed(new PositionChanged(++sequence, at(MONDAY.plusDays(1), 9, 0), 1, CATALOGUE.bySymbol("H100-YRD-2027M05")
                .instrumentId(), 1, 1, 2_200, 0));
        assertThat(market.dayVolume(APRIL.instrumentId())).isZero();
    }

    @Test
    void the_open_interest_is_the_long_lots_as_positions_move() {
        market.start();
        int april = APRIL.instrumentId();
        feed(position(1, 5), position(2, -5));
        assertThat(market.openInterest(april)).isEqualTo(5);
        feed(position(3, 2), position(2, -7));
        assertThat(market.openInterest(april)).isEqualTo(7);
        // Account 1 sells 5 to account 2, who was short 7: both close, the long side shrinks.
        feed(position(1, 0), position(2, -2));
        assertThat(market.openInterest(april)).isEqualTo(2);
        // Account 3, long 2, sells 4 to account 2, short 2: now 3 is short 2 and 2 is long 2.
        feed(position(3, -2), position(2, 2));
        assertThat(market.openInterest(april)).isEqualTo(2);
    }

    @Test
    void a_trades_change_is_counted_from_the_settlement_of_the_day_before_its_own() {
        DailyMarks marks = new DailyMarks(CATALOGUE);
        LastTrade tuesday = new LastTrade(APRIL.instrumentId(), 2_230, 1, at(MONDAY.plusDays(1), 10, 0));
        assertThat(marks.change(tuesday)).as("never settled").isEmpty();

        marks.onEvents(List.of(settled(MONDAY, 2_212)));
        assertThat(marks.change(tuesday)).contains(new BigDecimal("0.18"));

        marks.onEvents(List.of(settled(MONDAY.plusDays(1), 2_225)));
        assertThat(marks.change(tuesday)).as("Tuesday's own settlement is not its base").contains(new BigDecimal("0.18"));
        assertThat(marks.settlement(APRIL.instrumentId())).contains(new BigDecimal("22.25"));

        LastTrade wednesday = new LastTrade(APRIL.instrumentId(), 2_220, 1, at(MONDAY.plusDays(2), 9, 30));
        assertThat(marks.change(wednesday)).contains(new BigDecimal("-0.05"));

        marks.onEvents(List.of(settled(MONDAY, 2_214)));
        assertThat(marks.change(tuesday)).as("Monday's price restated").contains(new BigDecimal("0.16"));
    }

    private SettlementPricePublished settled(LocalDate day, long price) {
        return new SettlementPricePublished(++sequence, at(day, 15, 0), sequence, APRIL.instrumentId(), day, price,
                SettlementMethod.CLOSING_WINDOW_VWAP, 10, 0, 0);
    }

    private PositionChanged position(long account, long netLots) {
        return new PositionChanged(++sequence, at(MONDAY, 10, 0), account, APRIL.instrumentId(), sequence, netLots,
                netLots * 2_200, 0);
    }

    private TradeExecuted trade(long time, long lots) {
        return new TradeExecuted(++sequence, time, sequence, APRIL.instrumentId(), 2_200, lots, 1, 1, 2, 2,
                Aggressor.BUYER, 0, 0);
    }

    private void feed(ExchangeEvent... events) {
        market.onEvents(List.of(events));
    }

    private static long at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), BEIJING).toInstant().toEpochMilli();
    }
}
