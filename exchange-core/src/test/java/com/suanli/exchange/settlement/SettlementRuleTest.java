package com.suanli.exchange.settlement;

import com.suanli.exchange.engine.event.SettlementMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettlementRuleTest {
    /** A 30-minute closing window needing 5 lots; a mid settles when the spread is at most 4 ticks. */
    private static final SettlementRule RULE = new SettlementRule(30 * 60_000, 5, 4);
    private static final long NO_OPERATOR_PRICE = 0;
    private static final long CLOSE = 1_800_000_000_000L;

    @Test
    void enough_lots_in_the_closing_window_settle_at_their_volume_weighted_price() {
        // 3 lots at 2,150 and 2 at 2,153: 10,756 / 5 = 2,151.2 -> 2,151, whatever the quotes.
        SettlementPrice price = RULE.determine(5, 3 * 2_150 + 2 * 2_153, 2_100, 2_200, NO_OPERATOR_PRICE, 2_140);
        assertThat(price.method()).isEqualTo(SettlementMethod.CLOSING_WINDOW_VWAP);
        assertThat(price.price()).isEqualTo(2_151);
        assertThat(price.windowLots()).isEqualTo(5);
    }

    @Test
    void an_exact_half_tick_rounds_toward_the_previous_settlement() {
        // 3 lots at 2,150 and 3 at 2,151: 2,150.5.
        long notional = 3 * 2_150 + 3 * 2_151;
        assertThat(RULE.determine(6, notional, 0, 0, NO_OPERATOR_PRICE, 2_160).price()).isEqualTo(2_151);
        assertThat(RULE.determine(6, notional, 0, 0, NO_OPERATOR_PRICE, 2_100).price()).isEqualTo(2_150);
    }

    @Test
    void a_thin_window_settles_at_a_tight_mid() {
        SettlementPrice price = RULE.determine(4, 4 * 2_300, 2_148, 2_152, NO_OPERATOR_PRICE, 2_140);
        assertThat(price.method()).isEqualTo(SettlementMethod.BEST_BID_OFFER_MID);
        assertThat(price.price()).isEqualTo(2_150);
        // 2,149 / 2,152: 2,150.5, toward the previous 2,140.
        assertThat(RULE.determine(0, 0, 2_149, 2_152, NO_OPERATOR_PRICE, 2_140).price()).isEqualTo(2_150);
        // A locked market (bid = offer) is a spread of 0.
        assertThat(RULE.determine(0, 0, 2_150, 2_150, NO_OPERATOR_PRICE, 2_140).price()).isEqualTo(2_150);
    }

    @Test
    void a_thin_window_and_a_wide_one_sided_or_crossed_book_fall_back_on_the_operator() {
        assertThat(RULE.methodFor(4, 2_148, 2_153)).isEqualTo(SettlementMethod.OPERATOR);
        assertThat(RULE.methodFor(4, 2_148, 0)).isEqualTo(SettlementMethod.OPERATOR);
        assertThat(RULE.methodFor(4, 0, 2_150)).isEqualTo(SettlementMethod.OPERATOR);
        assertThat(RULE.methodFor(4, 2_152, 2_150)).isEqualTo(SettlementMethod.OPERATOR);
        SettlementPrice price = RULE.determine(4, 4 * 2_300, 2_148, 2_153, 2_145, 2_140);
        assertThat(price.method()).isEqualTo(SettlementMethod.OPERATOR);
        assertThat(price.price()).isEqualTo(2_145);
    }

    @Test
    void the_operator_fallback_without_a_price_is_refused_naming_the_field() {
        assertThatThrownBy(() -> RULE.determine(0, 0, 0, 0, NO_OPERATOR_PRICE, 2_140))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("operatorPrice: the closing window had 0 lots (fewer than 5)");
    }

    @Test
    void bad_rules_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new SettlementRule(0, 5, 4)).hasMessageStartingWith("closingWindowMillis:");
        assertThatThrownBy(() -> new SettlementRule(1, 0, 4)).hasMessageStartingWith("minimumLots:");
        assertThatThrownBy(() -> new SettlementRule(1, 1, -1)).hasMessageStartingWith("maximumSpreadTicks:");
    }

    @Test
    void the_closing_window_counts_only_the_trades_of_the_last_window_before_the_close() {
        ClosingWindow window = new ClosingWindow(30 * 60_000);
        window.add(CLOSE - 31 * 60_000, 2_000, 50);
        window.add(CLOSE - 30 * 60_000, 2_150, 3);
        window.add(CLOSE - 60_000, 2_153, 2);
        window.add(CLOSE, 2_160, 1);
        // The first is before the window; its start and the close itself are in it.
        assertThat(window.lots(CLOSE)).isEqualTo(6);
        assertThat(window.notional(CLOSE)).isEqualTo(3 * 2_150 + 2 * 2_153 + 2_160);
        // A day later, with no new trade, the window is empty.
        assertThat(window.lots(CLOSE + 86_400_000)).isZero();
    }

    @Test
    void the_window_keeps_every_trade_of_a_busy_window() {
        ClosingWindow window = new ClosingWindow(1_000);
        for (int i = 0; i < 5_000; i++) {
            window.add(CLOSE + i, 100 + i % 7, 1);
        }
        // Trades from CLOSE + 3,999 to CLOSE + 4,999 are within 1,000 ms of the last.
        assertThat(window.lots(CLOSE + 4_999)).isEqualTo(1_001);
    }

    @Test
    void variation_margin_marks_overnight_lots_by_the_price_change_and_new_lots_from_their_trade_price() {
        long tickValue = 1_000;
        // Held long 10 at yesterday's settlement 2,150 (basis 21,500); today bought 4 at 2,160 and
        // sold 6 at 2,170 (basis + 8,640 - 13,020 = 17,120), net long 8; settles at 2,165.
        long basis = 10 * 2_150 + 4 * 2_160 - 6 * 2_170;
        // Overnight 10 x +15 = +150 ticks; the 4 bought +5 each = +20; the 6 sold at 2,170 now at
        // 2,165: +5 each = +30. 200 ticks x 1,000 fen = 200,000 fen to the holder.
        assertThat(VariationMargin.amount(8, basis, 2_165, tickValue)).isEqualTo(200_000);
        assertThat(VariationMargin.markBasis(8, 2_165)).isEqualTo(17_320);
        // The other sides of those trades pay exactly that between them.
        long otherSides = -10 * 2_150 - 4 * 2_160 + 6 * 2_170;
        assertThat(VariationMargin.amount(-8, otherSides, 2_165, tickValue)).isEqualTo(-200_000);
    }
}
