package com.suanli.exchange.defaults;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaterfallTest {

    @Test
    void each_layer_is_used_up_before_the_next_own_contribution_capital_then_the_others_pro_rata() {
        // Deficit 1,000: own 100, capital 250, then 650 of the others' 300 + 600 + 100 = 1,000.
        LossAllocation a = Waterfall.allocate(1_000, 100, 250, new long[] {0, 300, 600, 100});
        assertThat(a.ownContribution()).isEqualTo(100);
        assertThat(a.exchangeCapital()).isEqualTo(250);
        assertThat(a.mutualised()).isEqualTo(650);
        assertThat(a.shares()).containsExactly(0, 195, 390, 65);
        assertThat(a.uncovered()).isZero();
    }

    @Test
    void a_small_loss_stays_in_the_first_layer_that_can_meet_it() {
        assertThat(Waterfall.allocate(80, 100, 250, new long[] {0, 300})).usingRecursiveComparison().isEqualTo(
                new LossAllocation(80, 80, 0, 0, new long[2], 0));
        LossAllocation capitalOnly = Waterfall.allocate(300, 100, 250, new long[] {0, 300});
        assertThat(capitalOnly.exchangeCapital()).isEqualTo(200);
        assertThat(capitalOnly.mutualised()).isZero();
    }

    @Test
    void the_fen_left_by_rounding_down_go_to_the_largest_remainders_lower_index_first_on_a_tie() {
        // 10 fen over three equal contributions: 3 each, the one fen left to the first.
        assertThat(Waterfall.allocate(10, 0, 0, new long[] {7, 7, 7}).shares()).containsExactly(4, 3, 3);
        // 100 over 100, 200, 400 (of 700): 14.28, 28.57, 57.14 -> 14, 28, 57 and the fen left to 28.57.
        assertThat(Waterfall.allocate(100, 0, 0, new long[] {100, 200, 400}).shares()).containsExactly(14, 29, 57);
    }

    @Test
    void beyond_the_whole_fund_the_rest_is_uncovered() {
        LossAllocation a = Waterfall.allocate(5_000, 100, 250, new long[] {0, 300, 600});
        assertThat(a.shares()).containsExactly(0, 300, 600);
        assertThat(a.uncovered()).isEqualTo(5_000 - 100 - 250 - 900);
    }

    @Test
    void seeded_allocations_sum_to_the_deficit_and_no_member_pays_more_than_it_put_in() {
        SplittableRandom random = new SplittableRandom(12);
        for (int n = 0; n < 20_000; n++) {
            long[] contributions = new long[1 + random.nextInt(12)];
            for (int i = 0; i < contributions.length; i++) {
                contributions[i] = random.nextInt(4) == 0 ? 0 : random.nextLong(1L << (1 + random.nextInt(56)));
            }
            long deficit = random.nextLong(1L << 61);
            LossAllocation a = Waterfall.allocate(deficit, random.nextLong(1L << 40), random.nextLong(1L << 40),
                    contributions);
            long sum = 0;
            for (int i = 0; i < contributions.length; i++) {
                assertThat(a.share(i)).isBetween(0L, contributions[i]);
                sum += a.share(i);
            }
            assertThat(sum).isEqualTo(a.mutualised());
            assertThat(a.ownContribution() + a.exchangeCapital() + a.mutualised() + a.uncovered()).isEqualTo(deficit);
        }
    }

    @Test
    void a_negative_layer_is_refused_naming_it() {
        assertThatThrownBy(() -> Waterfall.allocate(-1, 0, 0, new long[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deficit");
        assertThatThrownBy(() -> Waterfall.allocate(1, 0, 0, new long[] {-5})).hasMessageContaining("contributions");
        assertThatThrownBy(() -> new DefaultRules(1, 20)).hasMessageContaining("callWindowMillis");
    }
}
