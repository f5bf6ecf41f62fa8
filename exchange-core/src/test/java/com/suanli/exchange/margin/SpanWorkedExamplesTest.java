package com.suanli.exchange.margin;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPAN requirements worked out by hand, step by step in the comments, and CME's own published
 * examples. Money is in fen; CME's dollars are read as yuan (x 100 fen), since only the
 * arithmetic is being checked.
 */
class SpanWorkedExamplesTest {

    /** Initial = maintenance: these examples check maintenance; the ratio has its own test. */
    private static final int EQUAL = 10_000;
    private static final int ACCOUNT = 1;

    /**
     * CME Group, "Spread Calculations" (cmegroup.com/clearing/margins/spread-calc.html), intra
     * spreads: product X, outright rates month 2 $500, month 3 $500, month 4 $750; intra spread
     * charges 2v3 $200, 2v4 $50, 3v4 $0. CME: +1 M2 -1 M3 margins $200 = (500 - 500) + 200;
     * +1 M2 -1 M4 margins $300 = (750 - 500) + 50; +1 M3 -1 M4 margins $250 = (750 - 500) + 0.
     * "Outright rate" is the price scan range (one lot's scanning risk), so each month's array is
     * a futures array with that range, and each month is its own tier.
     */
    @Nested
    class CmePublishedIntraSpreads {
        private final PortfolioMargin margin = new PortfolioMargin(EQUAL);

        CmePublishedIntraSpreads() {
            margin.defineCommodity(new CombinedCommodity("X", 3, 0, List.of(
                    new TierSpread(0, 1, 20_000), new TierSpread(0, 2, 5_000), new TierSpread(1, 2, 0))));
            margin.addInstrument(0, "X", 0, RiskArray.future(50_000));
            margin.addInstrument(1, "X", 1, RiskArray.future(50_000));
            margin.addInstrument(2, "X", 2, RiskArray.future(75_000));
        }

        @Test
        void long_month_2_short_month_3_margins_200() {
            hold(margin, ACCOUNT, 0, 1);
            hold(margin, ACCOUNT, 1, -1);
            // Equal arrays cancel in every scenario: scanning risk 0. Tier 0 net +1, tier 1 net -1:
            // the 2v3 pair forms 1 spread at 20,000. 0 + 20,000 = 20,000 fen = "$200".
            assertThat(margin.scanningRisk(ACCOUNT, "X")).isZero();
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(20_000);
        }

        @Test
        void long_month_2_short_month_4_margins_300() {
            hold(margin, ACCOUNT, 0, 1);
            hold(margin, ACCOUNT, 2, -1);
            // Price up the whole range: long M2 gains 50,000, short M4 loses 75,000 -> 25,000 lost;
            // extreme up covers 99%: 74,250 - 49,500 = 24,750; down moves gain. Scanning risk 25,000.
            // Pairs by priority: 2v3 finds no month-3 position; 2v4 forms 1 spread at 5,000.
            assertThat(margin.scanningRisk(ACCOUNT, "X")).isEqualTo(25_000);
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(30_000);
        }

        @Test
        void long_month_3_short_month_4_margins_250() {
            hold(margin, ACCOUNT, 1, 1);
            hold(margin, ACCOUNT, 2, -1);
            // Scanning risk 25,000 as above; the 3v4 spread costs 0.
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(25_000);
        }
    }

    /**
     * CME Group, "Spread Calculations", inter spreads: corn vs soybeans (2:1), 55% credit,
     * outright rates corn $1,750 and soybeans $2,500. CME: $1,750 x 2 + $2,500 = $6,000 outright;
     * the credit on each leg, 3,500 x 0.55 + 2,500 x 0.55 = $3,300; margin $2,700.
     */
    @Test
    void cme_published_corn_soybean_credit_leaves_2700() {
        PortfolioMargin margin = new PortfolioMargin(EQUAL);
        margin.defineCommodity(new CombinedCommodity("CORN", 1, 0, List.of()));
        margin.defineCommodity(new CombinedCommodity("SOY", 1, 0, List.of()));
        margin.defineSpread(new InterCommoditySpread("CORN", 2, "SOY", 1, 5_500));
        margin.addInstrument(0, "CORN", 0, RiskArray.future(175_000));
        margin.addInstrument(1, "SOY", 0, RiskArray.future(250_000));

        hold(margin, ACCOUNT, 0, 2);
        hold(margin, ACCOUNT, 1, -1);

        // Scanning risk: corn 2 x 175,000 = 350,000; soybeans 1 x 250,000 = 250,000; 600,000 in all.
        // Net lots +2 corn, -1 soybean, opposite: spreads = min(2 / 2, 1 / 1) = 1, using 2 corn, 1 soybean.
        // Corn credit: 55% x 350,000 x 2/2 = 192,500; soybean: 55% x 250,000 x 1/1 = 137,500; 330,000.
        assertThat(margin.scanningRisk(ACCOUNT, "CORN")).isEqualTo(350_000);
        assertThat(margin.credit(ACCOUNT)).isEqualTo(330_000);
        assertThat(margin.maintenance(ACCOUNT)).isEqualTo(270_000);
    }

    /**
     * A calendar spread in H100 at YRD. Tick value: 1,000 GPU-hours x 0.01 CNY = 10 CNY = 1,000
     * fen per tick per lot. Price scan ranges, 15% of a lot's notional: Feb at 21.50 CNY (2,150
     * ticks, 2,150,000 fen a lot) 322,500; Mar at 21.00, 315,000; May at 20.00, 300,000. Tiers:
     * Feb and Mar in tier 0, May in tier 1; a spread within a tier costs 20,000 fen, tier 0 against
     * tier 1 50,000.
     */
    @Nested
    class CalendarSpreadInH100AtYrd {
        private final PortfolioMargin margin = new PortfolioMargin(11_000);

        CalendarSpreadInH100AtYrd() {
            margin.defineCommodity(new CombinedCommodity("H100-YRD", 2, 20_000, List.of(new TierSpread(0, 1, 50_000))));
            margin.addInstrument(0, "H100-YRD", 0, RiskArray.future(322_500));
            margin.addInstrument(1, "H100-YRD", 0, RiskArray.future(315_000));
            margin.addInstrument(2, "H100-YRD", 1, RiskArray.future(300_000));
        }

        @Test
        void long_10_feb_short_6_mar_short_4_may() {
            hold(margin, ACCOUNT, 0, 10);
            hold(margin, ACCOUNT, 1, -6);
            hold(margin, ACCOUNT, 2, -4);

            // Step 1, scanning risk: per scenario, 10 x Feb - 6 x Mar - 4 x May losses.
            //   price down 3/3: 10 x 322,500 - 6 x 315,000 - 4 x 300,000
            //                 = 3,225,000 - 1,890,000 - 1,200,000 = 135,000 (loss)
            //   price down 2/3: 2,150,000 - 1,260,000 - 800,000 = 90,000;  down 1/3: 45,000
            //   extreme down:  99% of 135,000 = 133,650; price up: the same amounts gained.
            //   Scanning risk = 135,000 (against 6,315,000 for the three legs outright).
            assertThat(margin.scanningRisk(ACCOUNT, "H100-YRD")).isEqualTo(135_000);
            // Step 2, spread charge. Tier 0: longs 10 (Feb), shorts 6 (Mar): 6 spreads within the
            //   tier x 20,000 = 120,000; tier 0 nets +4. Tier 1 nets -4 (May). Tier 0 v 1: 4 spreads
            //   x 50,000 = 200,000. Charge 320,000.
            assertThat(margin.spreadCharge(ACCOUNT, "H100-YRD")).isEqualTo(320_000);
            // Step 3: maintenance 135,000 + 320,000 = 455,000 fen (4,550 CNY);
            //   initial x 110% = 500,500.
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(455_000);
            assertThat(margin.initial(ACCOUNT)).isEqualTo(500_500);
        }

        @Test
        void working_orders_count_the_worse_fill_in_each_scenario() {
            margin.update(ACCOUNT, 0, 0, 0, 0, 10, 0, 4);
            margin.update(ACCOUNT, 1, 0, 0, 0, 0, 3, 0);

            // Long 10 Feb with 4 to sell working; 3 Mar to buy working.
            //   price down 3/3, Feb loses per long lot: the worse is keeping all 10 long (the sell
            //   not filling): 10 x 322,500 = 3,225,000; Mar: the buy filling, 3 x 315,000 = 945,000.
            //   4,170,000.
            //   price up 3/3, a long gains: the worse is the sell filling: 6 x -322,500 = -1,935,000;
            //   Mar: the buy not filling, 0. -1,935,000.
            //   Scanning risk 4,170,000: the buy of Mar filled and the sell of Feb not.
            assertThat(margin.scanningRisk(ACCOUNT, "H100-YRD")).isEqualTo(4_170_000);
            // With orders working the charge is bounded by the highest charge (50,000) x the lots
            // that could be spread: could be long 10 + 3 = 13, could be short max(4 - 10, 0) = 0.
            assertThat(margin.spreadCharge(ACCOUNT, "H100-YRD")).isZero();
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(4_170_000);

            // After the buy fills: long 10 Feb, long 3 Mar, 4 Feb to sell still working: the same.
            margin.update(ACCOUNT, 1, 0, 3, 0, 3, 0, 0);
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(4_170_000);
            // The sell cancelled: nothing working, the scan alone, down 3/3.
            margin.update(ACCOUNT, 0, 10, 0, 4, 10, 0, 0);
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(4_170_000);
        }

        @Test
        void a_what_if_changes_nothing() {
            hold(margin, ACCOUNT, 0, 10);
            long before = margin.stateHash();

            // 6 more to sell in May. Price down 3/3: the worse is the sell not filling, 3,225,000;
            // up 3/3: it filling, -3,225,000 + 6 x 300,000 = -1,425,000. Scanning risk 3,225,000.
            // With an order working the spread charge is bounded: 10 lots could be long, 6 could be
            // short, so at most 6 spreads at the highest charge: 6 x 50,000 = 300,000.
            // Initial: (3,225,000 + 300,000) x 110% = 3,877,500.
            assertThat(margin.initialIfWorking(ACCOUNT, 2, 0, 0, 0, 0, 6)).isEqualTo((3_225_000 + 300_000) * 11 / 10);
            assertThat(margin.stateHash()).isEqualTo(before);
            assertThat(margin.initial(ACCOUNT)).isEqualTo(3_225_000 * 11 / 10);
        }
    }

    /**
     * A hub spread in H100, March delivery, between two west hubs: Inner Mongolia (NM) at 16.20 CNY
     * (scan range 15% of 1,620,000 fen = 243,000 a lot) and Guizhou (GZ) at 16.80 (252,000); and
     * YRD at 21.50 (322,500). Each hub is its own combined commodity. Credits by priority: NM
     * against GZ at 70%, then NM against YRD at 50%, one lot each side.
     */
    @Nested
    class HubSpreadInH100 {
        private final PortfolioMargin margin = new PortfolioMargin(EQUAL);

        HubSpreadInH100() {
            for (String hub : List.of("H100-NM", "H100-GZ", "H100-YRD")) {
                margin.defineCommodity(new CombinedCommodity(hub, 1, 0, List.of()));
            }
            margin.defineSpread(new InterCommoditySpread("H100-NM", 1, "H100-GZ", 1, 7_000));
            margin.defineSpread(new InterCommoditySpread("H100-NM", 1, "H100-YRD", 1, 5_000));
            margin.addInstrument(0, "H100-NM", 0, RiskArray.future(243_000));
            margin.addInstrument(1, "H100-GZ", 0, RiskArray.future(252_000));
            margin.addInstrument(2, "H100-YRD", 0, RiskArray.future(322_500));
        }

        @Test
        void long_5_nm_short_5_gz() {
            hold(margin, ACCOUNT, 0, 5);
            hold(margin, ACCOUNT, 1, -5);

            // Scanning risk: NM 5 x 243,000 = 1,215,000 (price down); GZ 5 x 252,000 = 1,260,000
            // (price up); each hub scans alone: 2,475,000.
            // Spreads: min(5, 5) = 5. NM credit 70% x 1,215,000 x 5/5 = 850,500;
            // GZ 70% x 1,260,000 x 5/5 = 882,000; credit 1,732,500.
            // Maintenance 2,475,000 - 1,732,500 = 742,500 fen (7,425 CNY).
            assertThat(margin.credit(ACCOUNT)).isEqualTo(1_732_500);
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(742_500);
        }

        @Test
        void long_8_nm_against_short_5_gz_then_short_3_yrd_by_priority() {
            hold(margin, ACCOUNT, 0, 8);
            hold(margin, ACCOUNT, 1, -5);
            hold(margin, ACCOUNT, 2, -3);

            // Scanning risk: NM 8 x 243,000 = 1,944,000 (243,000 per net lot); GZ 1,260,000;
            // YRD 3 x 322,500 = 967,500. Gross 4,171,500.
            // First NM v GZ (70%): min(8, 5) = 5 spreads; NM 70% x 243,000 x 5 = 850,500, GZ 882,000.
            // NM has 3 lots left. Then NM v YRD (50%): min(3, 3) = 3; NM 50% x 243,000 x 3 = 364,500,
            // YRD 50% x 967,500 = 483,750. Credit 1,732,500 + 848,250 = 2,580,750.
            // Maintenance 4,171,500 - 2,580,750 = 1,590,750.
            assertThat(margin.credit(ACCOUNT)).isEqualTo(2_580_750);
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(1_590_750);
        }

        @Test
        void no_credit_while_an_order_could_unwind_the_spread() {
            hold(margin, ACCOUNT, 0, 5);
            hold(margin, ACCOUNT, 1, -5);
            // 5 NM to sell working: if it fills, the account is short 5 GZ alone (1,260,000). The
            // pair gets no credit while it works; NM scans its worse case, holding the 5 (1,215,000).
            margin.update(ACCOUNT, 0, 5, 0, 0, 5, 0, 5);
            assertThat(margin.credit(ACCOUNT)).isZero();
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(2_475_000);
            margin.update(ACCOUNT, 0, 5, 0, 5, 0, 0, 0);
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(1_260_000);
        }

        @Test
        void an_order_anywhere_in_the_credit_complex_withholds_its_credits() {
            hold(margin, ACCOUNT, 0, 8);
            hold(margin, ACCOUNT, 1, -5);
            hold(margin, ACCOUNT, 2, -3);
            // 1 YRD to buy working. NM v GZ has no order in either leg, but YRD is linked to NM by
            // the second pair: if the buy filled, NM v YRD would spread 2, not 3, and so on along
            // the links. The complex {NM, GZ, YRD} gets no credit while it works: the scans,
            // 1,944,000 + 1,260,000 + YRD at its worse (holding short 3) 967,500.
            margin.update(ACCOUNT, 2, -3, 0, 0, -3, 1, 0);
            assertThat(margin.credit(ACCOUNT)).isZero();
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(4_171_500);
        }

        @Test
        void same_direction_positions_get_no_credit() {
            hold(margin, ACCOUNT, 0, 5);
            hold(margin, ACCOUNT, 1, 5);
            assertThat(margin.credit(ACCOUNT)).isZero();
            assertThat(margin.maintenance(ACCOUNT)).isEqualTo(2_475_000);
        }
    }

    @Test
    void initial_margin_is_maintenance_times_the_ratio_rounded_up() {
        PortfolioMargin margin = new PortfolioMargin(11_000);
        margin.defineCommodity(new CombinedCommodity("A", 1, 0, List.of()));
        margin.addInstrument(0, "A", 0, RiskArray.future(1_001));
        hold(margin, ACCOUNT, 0, 1);
        // 1,001 x 1.1 = 1,101.1 -> 1,102: a requirement is never rounded in the account's favour.
        assertThat(margin.maintenance(ACCOUNT)).isEqualTo(1_001);
        assertThat(margin.initial(ACCOUNT)).isEqualTo(1_102);
    }

    @Test
    void a_futures_array_has_the_scan_range_as_outright_risk_and_cme_extremes() {
        RiskArray array = RiskArray.future(310_000);
        // CME's published 30-year bond array, $3,100 range: 1/3 = 1,033, 3/3 = 3,100, extreme 3,069.
        assertThat(array.loss(2)).isEqualTo(-103_333);
        assertThat(array.loss(12)).isEqualTo(310_000);
        assertThat(array.loss(15)).isEqualTo(306_900);
        assertThat(array.losses()).containsOnly(0L, -103_333L, 103_333L, -206_666L, 206_666L, -310_000L, 310_000L,
                -306_900L, 306_900L);
    }

    /** Sets {@code account}'s position in {@code instrument} from nothing to {@code lots}, no working orders. */
    static void hold(PortfolioMargin margin, int account, int instrument, long lots) {
        margin.update(account, instrument, 0, 0, 0, lots, 0, 0);
    }
}
