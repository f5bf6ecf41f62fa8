package com.suanli.desk.ui.autoquote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** How the auto-quoter places its quote around a fair value and when it moves it. */
class QuoteRulesTest {

    /** A quote's centre may sit at most half a tick from the skewed fair value: the bid is the nearest tick. */
    private static final double HALF_TICK = 0.5;
    /** A position limit these quotes never come near. */
    private static final long FAR = 1_000;

    @Test
    void a_flat_book_quotes_the_spread_around_the_fair_value() {
        QuoteRules rules = new QuoteRules(4, 3, 0.5, 1, FAR);

        assertThat(rules.quoteAt(2_000, 0)).isEqualTo(new TwoSidedQuote(1_998, 2_002, 3));
    }

    @Test
    void an_odd_spread_leans_up_by_half_a_tick_when_the_fair_value_is_on_a_tick() {
        assertThat(new QuoteRules(3, 1, 0, 1, FAR).quoteAt(2_000, 0)).isEqualTo(new TwoSidedQuote(1_999, 2_002, 1));
        assertThat(new QuoteRules(3, 1, 0, 1, FAR).quoteAt(2_000.4, 0)).isEqualTo(new TwoSidedQuote(1_999, 2_002, 1));
    }

    @Test
    void a_long_position_lowers_both_sides_and_a_short_raises_them_by_the_skew_per_lot() {
        QuoteRules rules = new QuoteRules(4, 1, 0.5, 1, FAR);

        assertThat(rules.quoteAt(2_000, 4)).isEqualTo(new TwoSidedQuote(1_996, 2_000, 1));
        assertThat(rules.quoteAt(2_000, -6)).isEqualTo(new TwoSidedQuote(2_001, 2_005, 1));
    }

    @Test
    void the_quote_is_exactly_the_spread_wide_never_crossed_and_centred_on_the_skewed_fair_value() {
        SplittableRandom random = new SplittableRandom(20261203);
        for (int i = 0; i < 100_000; i++) {
            long spread = random.nextLong(1, 60);
            double skew = random.nextInt(4) == 0 ? 0 : random.nextDouble(0, 5);
            long limit = random.nextLong(1, 600);
            QuoteRules rules = new QuoteRules(spread, random.nextLong(1, 100), skew, 1, limit);
            double fair = random.nextDouble(1, 100_000);
            long position = random.nextLong(-500, 501);
            double centre = fair - skew * position;
            if (Math.floor(centre - spread / 2.0 + 0.5) < 1) {
                assertThatThrownBy(() -> rules.quoteAt(fair, position)).isInstanceOf(CannotQuote.class)
                        .hasMessageStartingWith("the bid would be");
                continue;
            }
            TwoSidedQuote quote = rules.quoteAt(fair, position);
            assertThat(quote.ask() - quote.bid()).isEqualTo(spread);
            assertThat(quote.bid()).isGreaterThanOrEqualTo(1);
            assertThat(Math.abs((quote.bid() + quote.ask()) / 2.0 - centre)).isLessThanOrEqualTo(HALF_TICK);
            assertThat(quote.bidLots()).isEqualTo(Math.max(0, Math.min(rules.lots(), limit - position)));
            assertThat(quote.askLots()).isEqualTo(Math.max(0, Math.min(rules.lots(), limit + position)));
            assertThat(position + quote.bidLots()).as("long after the bid fills").isLessThanOrEqualTo(Math.max(limit, position));
            assertThat(position - quote.askLots()).as("short after the ask fills").isGreaterThanOrEqualTo(Math.min(-limit, position));
        }
    }

    @Test
    void a_fair_value_too_low_for_the_spread_cannot_be_quoted() {
        assertThatThrownBy(() -> new QuoteRules(10, 1, 0, 1, FAR).quoteAt(3, 0)).isInstanceOf(CannotQuote.class)
                .hasMessage("the bid would be -2 ticks: fair value 3.00 ticks, spread 10, centre 3.00 for +0 lots");
    }

    @Test
    void it_requotes_first_then_on_a_fill_or_a_fair_value_move_of_the_threshold_only() {
        QuoteRules rules = new QuoteRules(4, 1, 0.5, 2, FAR);
        QuotedAt last = new QuotedAt(2_000, 3, rules.quoteAt(2_000, 3));

        assertThat(rules.needsRequote(null, 2_000, 0)).as("nothing quoted yet").isTrue();
        assertThat(rules.needsRequote(last, 2_001.99, 3)).as("moved less than the threshold").isFalse();
        assertThat(rules.needsRequote(last, 1_998.01, 3)).as("moved less than the threshold, down").isFalse();
        assertThat(rules.needsRequote(last, 2_002, 3)).as("moved by the threshold").isTrue();
        assertThat(rules.needsRequote(last, 1_998, 3)).as("moved by the threshold, down").isTrue();
        assertThat(rules.needsRequote(last, 2_000, 4)).as("a fill changed the position").isTrue();
    }

    @Test
    void bad_rules_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new QuoteRules(0, 1, 0, 1, FAR)).hasMessage("spread: must be at least 1 tick, was 0");
        assertThatThrownBy(() -> new QuoteRules(2, 0, 0, 1, FAR)).hasMessage("size: must be at least 1 lot, was 0");
        assertThatThrownBy(() -> new QuoteRules(2, 1, -0.5, 1, FAR))
                .hasMessage("skew: must be 0 or more ticks per lot, was -0.5");
        assertThatThrownBy(() -> new QuoteRules(2, 1, Double.NaN, 1, FAR))
                .hasMessage("skew: must be 0 or more ticks per lot, was NaN");
        assertThatThrownBy(() -> new QuoteRules(2, 1, 0, 0, FAR)).hasMessage("requote: must be more than 0 ticks, was 0.0");
        assertThatThrownBy(() -> new QuoteRules(Long.MAX_VALUE, 1, 0, 1, FAR))
                .hasMessage("spread: must be at most 4194304 ticks, was 9223372036854775807");
        assertThatThrownBy(() -> new QuoteRules(2, 3_000_000_000L, 0, 1, FAR))
                .hasMessage("size: must be at most 2147483647 lots, was 3000000000");
    }

    @Test
    void bad_rules_are_refused_in_chinese_on_a_chinese_desk() {
        Texts.use(Language.CHINESE);
        try {
            assertThatThrownBy(() -> new QuoteRules(Long.MAX_VALUE, 1, 0, 1, FAR))
                    .hasMessage("价差：至多 4194304 跳，输入为 9223372036854775807");
            assertThatThrownBy(() -> new QuoteRules(2, 0, 0, 1, FAR)).hasMessage("数量：至少 1 手，输入为 0");
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    @Test
    void the_limit_cuts_then_pulls_the_side_that_would_grow_the_position_and_never_the_other() {
        QuoteRules rules = new QuoteRules(4, 3, 0, 1, 10);

        assertThat(rules.quoteAt(2_000, 8)).isEqualTo(new TwoSidedQuote(1_998, 2_002, 2, 3));
        assertThat(rules.quoteAt(2_000, 10)).isEqualTo(new TwoSidedQuote(1_998, 2_002, 0, 3));
        assertThat(rules.quoteAt(2_000, 14)).as("past the limit by hand: only sells").isEqualTo(
                new TwoSidedQuote(1_998, 2_002, 0, 3));
        assertThat(rules.quoteAt(2_000, -9)).isEqualTo(new TwoSidedQuote(1_998, 2_002, 3, 1));
        assertThat(rules.quoteAt(2_000, -10)).isEqualTo(new TwoSidedQuote(1_998, 2_002, 3, 0));
    }

    @Test
    void a_limit_below_one_lot_or_above_an_order_is_refused_in_english_and_chinese() {
        assertThatThrownBy(() -> new QuoteRules(2, 1, 0, 1, 0)).hasMessage("limit: must be at least 1 lot, was 0");
        assertThatThrownBy(() -> new QuoteRules(2, 1, 0, 1, 3_000_000_000L))
                .hasMessage("limit: must be at most 2147483647 lots, was 3000000000");
        Texts.use(Language.CHINESE);
        try {
            assertThatThrownBy(() -> new QuoteRules(2, 1, 0, 1, -5)).hasMessage("持仓上限：至少 1 手，输入为 -5");
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    @Test
    void a_quote_never_crosses_itself() {
        assertThatThrownBy(() -> new TwoSidedQuote(2_000, 2_000, 1)).hasMessage("ask: must be above the bid 2000, was 2000");
        assertThatThrownBy(() -> new TwoSidedQuote(0, 2, 1)).hasMessage("bid: must be at least 1 tick, was 0");
    }
}
