package com.suanli.exchange.clearing;

import com.suanli.exchange.delivery.Delivery;
import com.suanli.exchange.delivery.EnergyStatement;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.ContractExpired;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.DeliveryStatus;
import com.suanli.exchange.engine.event.FinalPriceMethod;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.Settlement;
import com.suanli.exchange.listing.Symbol;
import com.suanli.exchange.margin.RiskArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import static com.suanli.exchange.clearing.ClearingFixtures.FIRM_A;
import static com.suanli.exchange.clearing.ClearingFixtures.FIRM_B;
import static com.suanli.exchange.clearing.ClearingFixtures.GREEN_SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.H100;
import static com.suanli.exchange.clearing.ClearingFixtures.LISTING_DAY;
import static com.suanli.exchange.clearing.ClearingFixtures.MAR_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.SETTLEMENT;
import static com.suanli.exchange.clearing.ClearingFixtures.SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.T0;
import static com.suanli.exchange.clearing.ClearingFixtures.accept;
import static com.suanli.exchange.clearing.ClearingFixtures.member;
import static com.suanli.exchange.clearing.ClearingFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ExpiryAndDeliveryTest {
    static final int APR_YRD_PHYSICAL = 8;
    static final long TRADER = 101;
    static final long MAKER = 201;
    static final long PROVIDER = 401;
    static final long PROVIDER_2 = 402;
    static final long CONSUMER_A = 501;
    static final long CONSUMER_B = 502;
    static final long CASH = 50_000_000;
    /** 50% of the value of what was not delivered. */
    static final int PENALTY_BPS = 5_000;
    /** An H100 GPU-hour at YRD: 0.7 kW x utilisation 0.8 x PUE 1.25 = 0.7 kWh (green-parameters.json). */
    static final long H100_YRD_MILLI_WH = 700_000;
    /** Jiangsu grid, 0.5978 kg CO2e/kWh (MEE 2022). */
    static final long YRD_GRAMS_PER_MWH = 597_800;

    private ClearingFixtures.Recorder recorder;
    private ClearingHouse house;
    private long time = T0 + 1;

    /** H100 at YRD for April 2027, physically delivered; last trading day 26 March. */
    static ContractSpec physicalApril() {
        YearMonth april = YearMonth.of(2027, 4);
        return new ContractSpec(APR_YRD_PHYSICAL, Symbol.future("H100", Hub.YRD, false, april).toString(), H100,
                Hub.YRD, false, ContractKind.FUTURE, april, Settlement.PHYSICAL, 1000, new BigDecimal("0.01"), 1, 500,
                1000, 2_000, LISTING_DAY, LocalDate.of(2027, 3, 26), april.atEndOfMonth());
    }

    /** The fixtures' exchange, the physical April future and members with cash; delivery terms for H100 at YRD. */
    static ClearingHouse exchange(ClearingEvents events) {
        ClearingHouse house = ClearingFixtures.exchange(events);
        accept(house.listContract(T0, physicalApril(), "H100-YRD", 1, RiskArray.future(300_000)));
        member(house, FIRM_A, TRADER, AccountKind.TRADER, CASH);
        member(house, FIRM_B, MAKER, AccountKind.MARKET_MAKER, CASH);
        member(house, 40, PROVIDER, AccountKind.COMPUTE_PROVIDER, CASH);
        member(house, 40, PROVIDER_2, AccountKind.COMPUTE_PROVIDER, CASH);
        member(house, 50, CONSUMER_A, AccountKind.COMPUTE_CONSUMER, CASH);
        member(house, 50, CONSUMER_B, AccountKind.COMPUTE_CONSUMER, CASH);
        accept(house.setDeliveryTerms(T0, "H100", Hub.YRD, PENALTY_BPS, H100_YRD_MILLI_WH, YRD_GRAMS_PER_MWH));
        return house;
    }

    @BeforeEach
    void open() {
        recorder = new ClearingFixtures.Recorder();
        house = exchange(recorder.stream);
    }

    private long next() {
        return time++;
    }

    private void fix(LocalDate day, long value) {
        accept(house.publishIndex(next(), "H100", Hub.YRD, day, 0, 0));
        accept(house.restateIndex(next(), "H100", Hub.YRD, day, value));
    }

    private List<CashMoved> entries(CashReason reason) {
        return recorder.of(CashMoved.class).stream().filter(e -> e.reason() == reason).toList();
    }

    @Nested
    class CashSettledExpiry {
        @BeforeEach
        void trade_and_settle_once() {
            // TRADER long 10 March at 21.00 from MAKER, settled once at 21.50 (operator price, no window, no quotes).
            trade(house, next(), 1, MAR_YRD, 2_100, 10, TRADER, MAKER, Aggressor.BUYER);
            time += 3_600_000;
            accept(house.settle(next(), MAR_YRD, LocalDate.of(2027, 2, 26), 0, 0, 2_150));
        }

        /**
         * March 2027 has 23 business days. Fixings: 1-5 March 22.00; 8, 9 March 22.20; none on
         * 10, 11 March (they carry 22.20); 12 March 22.40; 15-19 22.50; 22-26 22.60; 29-31 22.70;
         * and one on Saturday 6 March at 30.00, which is not a business day and is not averaged.
         * Sum 5 x 2,200 + 4 x 2,220 + 2,240 + 5 x 2,250 + 5 x 2,260 + 3 x 2,270 = 51,480 ticks;
         * 51,480 / 23 = 2,238.26: the final price is 22.38.
         */
        private void fixMarch() {
            for (int d = 1; d <= 31; d++) {
                LocalDate day = LocalDate.of(2027, 3, d);
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                if (d == 10 || d == 11 || weekend && d != 6) {
                    continue;
                }
                long value = d == 6 ? 3_000 : d <= 5 ? 2_200 : d <= 9 ? 2_220 : d == 12 ? 2_240 : d <= 19 ? 2_250
                        : d <= 26 ? 2_260 : 2_270;
                fix(day, value);
            }
        }

        @Test
        void the_final_price_is_the_average_of_the_index_over_the_business_days_of_the_month() {
            fixMarch();
            long traderBefore = house.cash(TRADER);
            long makerBefore = house.cash(MAKER);

            accept(house.expire(next(), MAR_YRD, LocalDate.of(2027, 3, 31)));

            assertThat(recorder.of(ContractExpired.class)).singleElement()
                    .extracting(ContractExpired::price, ContractExpired::method, ContractExpired::openLots,
                            ContractExpired::indexDays, ContractExpired::carriedDays)
                    .containsExactly(2_238L, FinalPriceMethod.INDEX_MONTH_AVERAGE, 10L, 23, 2);
            // From the settlement at 21.50 to 22.38: 88 ticks x 10 lots x 1,000 fen, through the settlement account.
            assertThat(entries(CashReason.SETTLEMENT)).extracting(CashMoved::debitAccount, CashMoved::creditAccount,
                    CashMoved::amount).containsExactly(tuple(MAKER, SETTLEMENT, 880_000L),
                    tuple(SETTLEMENT, TRADER, 880_000L));
            assertThat(house.cash(TRADER)).isEqualTo(traderBefore + 880_000);
            assertThat(house.cash(MAKER)).isEqualTo(makerBefore - 880_000);
            assertThat(house.cash(SETTLEMENT)).isZero();
            // Closed at 22.38: (2,238 - 2,100) x 10 x 1,000 realised, all of it paid as 500,000 + 880,000 of margin.
            Position trader = house.position(TRADER, MAR_YRD);
            assertThat(trader.netLots()).isZero();
            assertThat(trader.realisedPnl()).isEqualTo(1_380_000);
            assertThat(house.position(MAKER, MAR_YRD).realisedPnl()).isEqualTo(-1_380_000);
            assertThat(house.initialMargin(TRADER)).isZero();
            assertThat(house.deliveries()).isEmpty();
        }

        @Test
        void a_month_not_yet_fixed_through_its_last_business_day_cannot_expire() {
            fixMarch();
            assertRefused(() -> house.expire(next(), MAR_YRD, LocalDate.of(2027, 2, 24)), RejectReason.TRADING_NOT_ENDED,
                    "H100-YRD-2027M03 trades until 2027-02-24, cannot expire on 2027-02-24");
            ClearingHouse early = exchange(ClearingEvents.NONE);
            accept(early.publishIndex(T0 + 1, "H100", Hub.YRD, LocalDate.of(2027, 3, 30), 0, 0));
            long hash = early.stateHash();
            ClearingOutcome refused = early.expire(T0 + 2, MAR_YRD, LocalDate.of(2027, 3, 31));
            assertThat(refused.reason()).isEqualTo(RejectReason.INDEX_MONTH_INCOMPLETE);
            assertThat(refused.message()).contains("fixed to 2027-03-30, not yet through 2027-03-31");
            assertThat(early.stateHash()).isEqualTo(hash);
        }

        @Test
        void a_contract_expires_once() {
            fixMarch();
            accept(house.expire(next(), MAR_YRD, LocalDate.of(2027, 3, 31)));
            assertRefused(() -> house.expire(next(), MAR_YRD, LocalDate.of(2027, 4, 1)), RejectReason.ALREADY_EXPIRED,
                    "expired on 2027-03-31");
        }
    }

    @Nested
    class PhysicalDelivery {
        @BeforeEach
        void trade_settle_and_expire() {
            trade(house, next(), 1, APR_YRD_PHYSICAL, 2_000, 3, CONSUMER_A, PROVIDER, Aggressor.BUYER);
            trade(house, next(), 2, APR_YRD_PHYSICAL, 2_010, 2, CONSUMER_B, PROVIDER, Aggressor.BUYER);
            trade(house, next(), 3, APR_YRD_PHYSICAL, 1_990, 2, TRADER, PROVIDER_2, Aggressor.SELLER);
            // An hour later: the closing window is empty, no quotes: the operator's 20.20.
            time += 3_600_000;
            accept(house.settle(next(), APR_YRD_PHYSICAL, LocalDate.of(2027, 3, 26), 0, 0, 2_020));
            accept(house.expire(next(), APR_YRD_PHYSICAL, LocalDate.of(2027, 3, 29)));
        }

        @Test
        void expiry_pairs_the_shorts_with_the_longs_in_position_order_at_the_last_settlement_price() {
            assertThat(recorder.of(ContractExpired.class)).singleElement()
                    .extracting(ContractExpired::price, ContractExpired::method, ContractExpired::openLots)
                    .containsExactly(2_020L, FinalPriceMethod.LAST_SETTLEMENT, 7L);
            // Marked to 20.20 the day before: the final mark moves nothing.
            assertThat(entries(CashReason.SETTLEMENT)).isEmpty();
            LocalDate first = LocalDate.of(2027, 4, 1);
            LocalDate last = LocalDate.of(2027, 4, 30);
            assertThat(house.deliveries()).extracting(Delivery::deliveryId, Delivery::providerAccount,
                    Delivery::consumerAccount, Delivery::units, Delivery::price, Delivery::firstDay, Delivery::lastDay,
                    Delivery::status).containsExactly(
                    tuple(1L, PROVIDER, CONSUMER_A, 3_000L, 2_020L, first, last, DeliveryStatus.SCHEDULED),
                    tuple(2L, PROVIDER, CONSUMER_B, 2_000L, 2_020L, first, last, DeliveryStatus.SCHEDULED),
                    tuple(3L, PROVIDER_2, TRADER, 2_000L, 2_020L, first, last, DeliveryStatus.SCHEDULED));
            assertThat(recorder.of(DeliveryChanged.class)).hasSize(3);
            for (long account : List.of(PROVIDER, PROVIDER_2, CONSUMER_A, CONSUMER_B, TRADER)) {
                assertThat(house.position(account, APR_YRD_PHYSICAL).netLots()).isZero();
            }
        }

        @Test
        void a_delivery_in_two_reports_is_paid_in_full_at_the_delivery_price() {
            long provider = house.cash(PROVIDER);
            long consumer = house.cash(CONSUMER_A);

            accept(house.reportDelivery(next(), 1, 1_000, 0));
            assertThat(house.delivery(1).status()).isEqualTo(DeliveryStatus.DELIVERING);
            accept(house.reportDelivery(next(), 1, 2_000, 0));

            // 3,000 GPU-hours x 20.20 CNY = 60,600 CNY: 2,020,000 then 4,040,000 fen.
            assertThat(entries(CashReason.DELIVERY_PAYMENT)).extracting(CashMoved::reference, CashMoved::debitAccount,
                    CashMoved::creditAccount, CashMoved::amount).containsExactly(
                    tuple(1L, CONSUMER_A, PROVIDER, 2_020_000L), tuple(1L, CONSUMER_A, PROVIDER, 4_040_000L));
            assertThat(house.delivery(1)).extracting(Delivery::status, Delivery::deliveredUnits, Delivery::paid,
                    Delivery::penalty).containsExactly(DeliveryStatus.DELIVERED, 3_000L, 6_060_000L, 0L);
            assertThat(house.cash(PROVIDER)).isEqualTo(provider + 6_060_000);
            assertThat(house.cash(CONSUMER_A)).isEqualTo(consumer - 6_060_000);
            assertThat(recorder.of(DeliveryChanged.class)).filteredOn(e -> e.deliveryId() == 1)
                    .extracting(DeliveryChanged::status).containsExactly(DeliveryStatus.SCHEDULED,
                            DeliveryStatus.DELIVERING, DeliveryStatus.DELIVERED);
            // Not green: 2.1 MWh at 597.8 kg/MWh, location- and market-based alike; no certificates.
            assertThat(house.energyStatement(CONSUMER_A)).isEqualTo(new EnergyStatement(CONSUMER_A,
                    2_100_000_000L, 0, 0, 1_255_380, 1_255_380, 0, 0));
            assertThat(house.energyStatement(PROVIDER).providedMilliWh()).isEqualTo(2_100_000_000L);
        }

        @Test
        void a_partly_failed_delivery_pays_for_what_came_and_penalises_what_did_not() {
            long provider = house.cash(PROVIDER);
            long consumer = house.cash(CONSUMER_B);

            accept(house.reportDelivery(next(), 2, 1_500, 500));

            // 1,500 x 20.20 = 30,300 CNY paid; 500 x 20.20 x 50% = 5,050 CNY penalty.
            assertThat(house.delivery(2)).extracting(Delivery::status, Delivery::paid, Delivery::penalty,
                    Delivery::pendingUnits).containsExactly(DeliveryStatus.PARTLY_FAILED, 3_030_000L, 505_000L, 0L);
            assertThat(entries(CashReason.PENALTY)).extracting(CashMoved::debitAccount, CashMoved::creditAccount,
                    CashMoved::amount).containsExactly(tuple(PROVIDER, CONSUMER_B, 505_000L));
            assertThat(house.cash(PROVIDER)).isEqualTo(provider + 3_030_000 - 505_000);
            assertThat(house.cash(CONSUMER_B)).isEqualTo(consumer - 3_030_000 + 505_000);
        }

        @Test
        void a_wholly_failed_delivery_pays_nothing_and_penalises_it_all() {
            long provider = house.cash(PROVIDER_2);
            long consumer = house.cash(TRADER);

            accept(house.reportDelivery(next(), 3, 0, 2_000));

            assertThat(house.delivery(3)).extracting(Delivery::status, Delivery::paid, Delivery::penalty)
                    .containsExactly(DeliveryStatus.FAILED, 0L, 2_020_000L);
            assertThat(house.cash(PROVIDER_2)).isEqualTo(provider - 2_020_000);
            assertThat(house.cash(TRADER)).isEqualTo(consumer + 2_020_000);
            assertThat(entries(CashReason.DELIVERY_PAYMENT)).isEmpty();
        }

        @Test
        void a_penalty_in_pieces_rounds_down_once_on_the_running_total() {
            ClearingHouse odd = exchange(ClearingEvents.NONE);
            accept(odd.setDeliveryTerms(T0, "H100", Hub.YRD, 3_333, H100_YRD_MILLI_WH, YRD_GRAMS_PER_MWH));
            trade(odd, T0 + 1, 1, APR_YRD_PHYSICAL, 2_000, 1, CONSUMER_A, PROVIDER, Aggressor.BUYER);
            accept(odd.settle(T0 + 2, APR_YRD_PHYSICAL, LocalDate.of(2027, 3, 26), 0, 0, 2_003));
            accept(odd.expire(T0 + 3, APR_YRD_PHYSICAL, LocalDate.of(2027, 3, 29)));
            // 1 unit: 2,003 x 33.33% = 667.5999 fen -> 667; 3 units: 2,002.7997 -> 2,002; all 1,000: 667,599.
            accept(odd.reportDelivery(T0 + 4, 1, 0, 1));
            assertThat(odd.delivery(1).penalty()).isEqualTo(667);
            accept(odd.reportDelivery(T0 + 5, 1, 0, 2));
            assertThat(odd.delivery(1).penalty()).isEqualTo(2_002);
            accept(odd.reportDelivery(T0 + 6, 1, 0, 997));
            assertThat(odd.delivery(1).penalty()).isEqualTo(667_599);
        }

        @Test
        void bad_reports_are_refused_whole() {
            accept(house.reportDelivery(next(), 3, 0, 2_000));
            assertRefused(() -> house.reportDelivery(next(), 9, 1, 0), RejectReason.UNKNOWN_DELIVERY,
                    "no delivery 9");
            assertRefused(() -> house.reportDelivery(next(), 1, 0, 0), RejectReason.FIELD_INVALID,
                    "not both 0");
            assertRefused(() -> house.reportDelivery(next(), 1, -1, 5), RejectReason.FIELD_INVALID, "-1");
            assertRefused(() -> house.reportDelivery(next(), 1, 2_000, 1_001), RejectReason.DELIVERY_QUANTITY,
                    "2000 + 1001 exceed the 3000 units");
            assertRefused(() -> house.reportDelivery(next(), 1, Long.MAX_VALUE, Long.MAX_VALUE),
                    RejectReason.DELIVERY_QUANTITY, "exceed");
            assertRefused(() -> house.reportDelivery(next(), 3, 1, 0), RejectReason.DELIVERY_FINISHED, "FAILED");
        }
    }

    @Nested
    class GreenSpot {
        @Test
        void green_deliveries_carry_one_certificate_per_whole_mwh_of_the_consumers_green_energy() {
            // Trade day 15 January: 4 lots at 22.40 and 2 at 22.46 -> VWAP 13,452 / 6 = 22.42.
            trade(house, next(), 1, GREEN_SPOT_YRD, 2_240, 4, CONSUMER_A, PROVIDER, Aggressor.BUYER);
            trade(house, next(), 2, GREEN_SPOT_YRD, 2_246, 2, CONSUMER_B, PROVIDER, Aggressor.BUYER);
            accept(house.expire(next(), GREEN_SPOT_YRD, LocalDate.of(2027, 1, 15)));

            assertThat(recorder.of(ContractExpired.class)).singleElement()
                    .extracting(ContractExpired::price, ContractExpired::method)
                    .containsExactly(2_242L, FinalPriceMethod.SPOT_DAY_VWAP);
            // Marked to the day's price: CONSUMER_A gains 2 ticks x 4 lots, CONSUMER_B loses 4 x 2.
            assertThat(entries(CashReason.SETTLEMENT)).extracting(CashMoved::debitAccount, CashMoved::creditAccount,
                    CashMoved::amount).containsExactly(tuple(CONSUMER_B, SETTLEMENT, 8_000L),
                    tuple(SETTLEMENT, CONSUMER_A, 8_000L));
            assertThat(house.deliveries()).extracting(Delivery::consumerAccount, Delivery::units, Delivery::firstDay,
                    Delivery::green).containsExactly(tuple(CONSUMER_A, 4_000L, LocalDate.of(2027, 1, 16), true),
                    tuple(CONSUMER_B, 2_000L, LocalDate.of(2027, 1, 16), true));

            // 4,000 GPU-hours x 0.7 kWh = 2.8 MWh: 2 certificates, 0.8 MWh carried on CONSUMER_A's account.
            accept(house.reportDelivery(next(), 1, 4_000, 0));
            accept(house.reportDelivery(next(), 2, 2_000, 0));
            assertThat(house.delivery(1).certificates()).isEqualTo(2);
            assertThat(house.delivery(2).certificates()).isEqualTo(1);
            // CONSUMER_A paid 4,000 x 22.42 and was marked +8,000: 4,000 x 22.40 net, its trade price.
            assertThat(house.delivery(1).paid()).isEqualTo(8_968_000);

            // The next day one more lot (0.7 MWh): 3.5 MWh in all, a third certificate.
            trade(house, next(), 3, GREEN_SPOT_YRD, 2_250, 1, CONSUMER_A, PROVIDER, Aggressor.BUYER);
            assertRefused(() -> house.expire(next(), GREEN_SPOT_YRD, LocalDate.of(2027, 1, 15)),
                    RejectReason.ALREADY_EXPIRED, "was cut on 2027-01-15");
            accept(house.expire(next(), GREEN_SPOT_YRD, LocalDate.of(2027, 1, 16)));
            accept(house.reportDelivery(next(), 3, 1_000, 0));
            assertThat(house.delivery(3).certificates()).isEqualTo(1);

            EnergyStatement a = house.energyStatement(CONSUMER_A);
            // 3.5 MWh at 597.8 kg/MWh = 2,092.3 kg location-based; matched by certificates, 0 market-based.
            assertThat(a).isEqualTo(new EnergyStatement(CONSUMER_A, 3_500_000_000L, 3_500_000_000L, 3, 2_092_300, 0,
                    0, 0));
            assertThat(house.energyStatement(PROVIDER).certificatesSurrendered()).isEqualTo(4);
        }

        @Test
        void a_standard_spot_day_without_terms_for_its_hub_cannot_be_cut() {
            ClearingHouse bare = ClearingFixtures.exchange(ClearingEvents.NONE);
            member(bare, FIRM_A, TRADER, AccountKind.TRADER, CASH);
            long hash = bare.stateHash();
            ClearingOutcome refused = bare.expire(T0 + 1, SPOT_YRD, LocalDate.of(2027, 1, 15));
            assertThat(refused.reason()).isEqualTo(RejectReason.NO_DELIVERY_TERMS);
            assertThat(refused.message()).contains("no delivery terms for H100 at YRD");
            assertThat(bare.stateHash()).isEqualTo(hash);
        }
    }

    @Test
    void a_physical_future_with_orders_working_or_not_settled_to_its_last_trading_day_cannot_expire() {
        accept(house.orderWorking(next(), TRADER, APR_YRD_PHYSICAL, com.suanli.exchange.book.Side.BID, 2));
        assertRefused(() -> house.expire(next(), APR_YRD_PHYSICAL, LocalDate.of(2027, 3, 29)),
                RejectReason.ORDERS_WORKING, "account 101 has 2 lots working to buy");
        accept(house.orderReduced(next(), TRADER, APR_YRD_PHYSICAL, com.suanli.exchange.book.Side.BID, 2));
        accept(house.settle(next(), APR_YRD_PHYSICAL, LocalDate.of(2027, 3, 25), 0, 0, 2_020));
        assertRefused(() -> house.expire(next(), APR_YRD_PHYSICAL, LocalDate.of(2027, 3, 29)),
                RejectReason.NOT_SETTLED_FOR_DELIVERY, "settled to 2027-03-25");
        assertRefused(() -> house.setDeliveryTerms(next(), "H100", Hub.YRD, 10_001, 1, 1), RejectReason.FIELD_INVALID,
                "penaltyBps: must be 0 to 10000, was 10001");
        assertRefused(() -> house.expire(next(), 77, LocalDate.of(2027, 3, 29)), RejectReason.UNKNOWN_INSTRUMENT, "77");
    }

    private void assertRefused(Supplier<ClearingOutcome> command, RejectReason reason, String message) {
        long hash = house.stateHash();
        int events = recorder.events.size();
        ClearingOutcome outcome = command.get();
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.reason()).isEqualTo(reason);
        assertThat(outcome.message()).contains(message);
        assertThat(house.stateHash()).as("a refusal changes nothing").isEqualTo(hash);
        assertThat(recorder.events).hasSize(events);
    }
}
