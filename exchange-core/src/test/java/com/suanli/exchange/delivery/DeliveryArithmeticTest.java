package com.suanli.exchange.delivery;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryArithmeticTest {

    @Test
    void a_delivery_reported_in_random_pieces_pays_and_penalises_exactly_what_one_report_would() {
        SplittableRandom random = new SplittableRandom(3);
        for (int run = 0; run < 2_000; run++) {
            long contractSize = 1 + random.nextInt(5_000);
            long tickValue = 1 + random.nextInt(1 << 16);
            long price = 1 + random.nextInt(1 << 22);
            long units = contractSize * (1 + random.nextInt(1 << 10));
            int bps = random.nextInt(10_001);
            long delivered = random.nextLong(units + 1);
            long paid = 0;
            long done = 0;
            while (done < delivered) {
                long piece = 1 + random.nextLong(delivered - done);
                long before = DeliveryArithmetic.value(done, price, tickValue, contractSize);
                done += piece;
                long step = DeliveryArithmetic.value(done, price, tickValue, contractSize) - before;
                assertThat(step).isNotNegative();
                paid += step;
            }
            assertThat(paid).isEqualTo(DeliveryArithmetic.value(delivered, price, tickValue, contractSize));
            // The whole contract pays lots x price x tick value exactly.
            assertThat(DeliveryArithmetic.value(units, price, tickValue, contractSize))
                    .isEqualTo(units / contractSize * price * tickValue);
            assertThat(DeliveryArithmetic.penalty(units, price, tickValue, contractSize, bps))
                    .isEqualTo(units / contractSize * price * tickValue * bps / 10_000);
        }
    }

    @Test
    void a_certificate_is_a_whole_mwh_and_grams_round_down() {
        // 1,000 H100-hours at 0.7 kWh: 0.7 MWh, no certificate; 2,000: 1.4 MWh, one.
        assertThat(DeliveryArithmetic.certificates(1_000 * 700_000L)).isZero();
        assertThat(DeliveryArithmetic.certificates(2_000 * 700_000L)).isEqualTo(1);
        // 1 kWh on a 0.5978 kg/kWh grid: 597.8 g -> 597.
        assertThat(DeliveryArithmetic.grams(1_000_000, 597_800)).isEqualTo(597);
    }
}
