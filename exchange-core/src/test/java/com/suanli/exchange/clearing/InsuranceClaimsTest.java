package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.ClaimPaid;
import com.suanli.exchange.engine.event.OutageReported;
import com.suanli.exchange.engine.event.PolicyExpired;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.PolicyWritten;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.insurance.ClaimFormula;
import com.suanli.exchange.insurance.Policy;
import com.suanli.exchange.insurance.PolicyTerms;
import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.suanli.exchange.clearing.ClearingFixtures.FEE;
import static com.suanli.exchange.clearing.ClearingFixtures.SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.T0;
import static com.suanli.exchange.clearing.ClearingFixtures.accept;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.CASH;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.CONSUMER_A;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.CONSUMER_B;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.MAKER;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.PROVIDER;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.TRADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Policies written, claimed and ended on the clearing house alone, worked by hand in fen. H100 at
 * YRD: a tick is 1,000 fen a lot of 1,000 GPU-hours, so a GPU-hour at an index of p ticks is worth
 * p fen. T0 falls on 30 November 2026 (Shanghai), the day the policies are written.
 */
class InsuranceClaimsTest {
    private static final long HOUR = 3_600_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate D1 = TODAY.plusDays(1);

    private ClearingFixtures.Recorder recorder;
    private ClearingHouse house;
    private long tradeId = 1;

    @BeforeEach
    void open() {
        recorder = new ClearingFixtures.Recorder();
        house = ExpiryAndDeliveryTest.exchange(recorder.stream);
    }

    private static long at(LocalDate day, int hour) {
        return ClaimFormula.dayStart(day) + hour * HOUR;
    }

    private static LocalDate day(int n) {
        return D1.plusDays(n - 1);
    }

    /** Fixes the index of {@code day} at {@code price} from three trades of 7 lots (20 lots in 3 trades needed). */
    private void fix(LocalDate day, long price) {
        long t = at(day, 17);
        for (int k = 0; k < 3; k++) {
            ClearingFixtures.trade(house, t, tradeId++, SPOT_YRD, price, 7, TRADER, MAKER, Aggressor.BUYER);
        }
        accept(house.publishIndex(t, "H100", Hub.YRD, day, 0, 0));
    }

    private List<CashMoved> entries(CashReason reason) {
        return recorder.of(CashMoved.class).stream().filter(e -> e.reason() == reason).toList();
    }

    private static PolicyTerms outageCover(long limit) {
        return new PolicyTerms(CONSUMER_A, PROVIDER, PolicyKind.OUTAGE_COVER, "H100", Hub.YRD, day(1), day(7), 500, 60,
                limit, 120_000);
    }

    /**
     * 500 GPUs covered from day 1 to day 7, 60 minutes deductible per outage, limit 50,000 CNY,
     * premium 1,200 CNY; the index fixed at 22.00 on day 1. Outages at the hub of 10,000 GPUs:
     * <ol>
     * <li>day 2, 10:00-15:00, 2,000 down: 500 x 20% x (5 - 1) h x 2,200 = 880,000 fen;</li>
     * <li>day 3, 50 minutes: within the deductible, nothing;</li>
     * <li>day 4, 24 h, 1,000 down: 500 x 10% x 23 h x 2,200 = 2,530,000;</li>
     * <li>day 7 22:00 to day 8 04:00, all down: 2 h inside the cover less 1: 500 x 1 h x 2,200 = 1,100,000.</li>
     * </ol>
     * 4,510,000 paid in all; the fixing of day 8 ends the policy and frees the other 490,000.
     */
    @Test
    void an_outage_cover_pays_the_lost_gpu_hours_beyond_the_deductible_at_the_index() {
        accept(house.writePolicy(T0 + 1, outageCover(5_000_000)));
        assertThat(recorder.of(PolicyWritten.class)).singleElement().satisfies(w -> {
            assertThat(w.policyId()).isEqualTo(1);
            assertThat(w.kind()).isEqualTo(PolicyKind.OUTAGE_COVER);
            assertThat(w.premium()).isEqualTo(120_000);
        });
        assertThat(entries(CashReason.INSURANCE_PREMIUM))
                .extracting(CashMoved::reference, CashMoved::debitAccount, CashMoved::creditAccount, CashMoved::amount)
                .containsExactly(tuple(1L, CONSUMER_A, PROVIDER, 120_000L));
        assertThat(house.freeCash(PROVIDER)).as("the limit is held back").isEqualTo(CASH + 120_000 - 5_000_000);

        fix(day(1), 2_200);
        accept(house.reportOutage(at(day(2), 10), "H100", Hub.YRD, at(day(2), 10), at(day(2), 15), 2_000, 10_000));
        accept(house.reportOutage(at(day(3), 9), "H100", Hub.YRD, at(day(3), 9), at(day(3), 9) + 50 * 60_000, 1, 10));
        accept(house.reportOutage(at(day(4), 0), "H100", Hub.YRD, at(day(4), 0), at(day(5), 0), 1_000, 10_000));
        accept(house.reportOutage(at(day(7), 22), "H100", Hub.YRD, at(day(7), 22), at(day(8), 4), 10_000, 10_000));

        assertThat(recorder.of(OutageReported.class)).extracting(OutageReported::outageId, OutageReported::unitPrice)
                .containsExactly(tuple(1L, 2_200L), tuple(2L, 2_200L), tuple(3L, 2_200L), tuple(4L, 2_200L));
        assertThat(recorder.of(ClaimPaid.class))
                .extracting(ClaimPaid::claimId, ClaimPaid::outageId, ClaimPaid::day, ClaimPaid::amount,
                        ClaimPaid::paidToDate)
                .containsExactly(tuple(1L, 1L, day(2), 880_000L, 880_000L),
                        tuple(2L, 3L, day(4), 2_530_000L, 3_410_000L),
                        tuple(3L, 4L, day(7), 1_100_000L, 4_510_000L));
        assertThat(entries(CashReason.INSURANCE_CLAIM)).allSatisfy(e -> {
            assertThat(e.debitAccount()).isEqualTo(PROVIDER);
            assertThat(e.creditAccount()).isEqualTo(CONSUMER_A);
            assertThat(e.reference()).isEqualTo(1);
        });
        assertThat(house.freeCash(PROVIDER)).isEqualTo(CASH + 120_000 - 4_510_000 - 490_000);

        fix(day(8), 2_250);
        assertThat(recorder.of(PolicyExpired.class)).extracting(PolicyExpired::policyId, PolicyExpired::paid,
                PolicyExpired::released).containsExactly(tuple(1L, 4_510_000L, 490_000L));
        assertThat(house.freeCash(PROVIDER)).as("collateral released").isEqualTo(CASH + 120_000 - 4_510_000);
        assertThat(house.cash(CONSUMER_A)).isEqualTo(CASH - 120_000 + 4_510_000);
        assertThat(house.policies()).containsExactly(new Policy(1, outageCover(5_000_000), 4_510_000, false));
        accept(house.reportOutage(at(day(8), 20), "H100", Hub.YRD, at(day(8), 19), at(day(8), 20), 10_000, 10_000));
        assertThat(recorder.of(ClaimPaid.class)).as("an ended policy pays nothing more").hasSize(3);
    }

    /**
     * A cap on 1,000 GPU-hours a day at 23.00 from day 1 to day 3, limit 2,500 CNY: day 1 fixes
     * at 22.50 (nothing), day 2 at 24.20 (120 ticks x 1,000 = 120,000 fen), day 3 at 25.00 (a loss of
     * 200,000 cut to the 130,000 left); the fixing of day 4 ends it with nothing to release.
     */
    @Test
    void a_price_spike_cap_pays_each_covered_fixing_above_the_strike_up_to_its_limit() {
        PolicyTerms cap = new PolicyTerms(CONSUMER_B, MAKER, PolicyKind.PRICE_SPIKE_CAP, "H100", Hub.YRD, day(1),
                day(3), 1_000, 2_300, 250_000, 30_000);
        accept(house.writePolicy(T0 + 1, cap));
        fix(day(1), 2_250);
        fix(day(2), 2_420);
        fix(day(3), 2_500);
        fix(day(4), 2_600);
        assertThat(recorder.of(ClaimPaid.class))
                .extracting(ClaimPaid::outageId, ClaimPaid::day, ClaimPaid::loss, ClaimPaid::amount, ClaimPaid::paidToDate)
                .containsExactly(tuple(0L, day(2), 120_000L, 120_000L, 120_000L),
                        tuple(0L, day(3), 200_000L, 130_000L, 250_000L));
        assertThat(recorder.of(PolicyExpired.class)).extracting(PolicyExpired::paid, PolicyExpired::released)
                .containsExactly(tuple(250_000L, 0L));
        assertThat(house.cash(CONSUMER_B)).isEqualTo(CASH - 30_000 + 250_000);
    }

    @Test
    void an_outage_at_another_hub_or_before_the_policy_pays_nothing() {
        accept(house.writePolicy(T0 + 1, outageCover(5_000_000)));
        accept(house.reportOutage(at(day(1), 3), "H100", Hub.YRD, T0, at(day(1), 3), 10_000, 10_000));
        // Only the hours from day 1 count: 3 h less 1 h at the listing's reference 21.50.
        assertThat(recorder.of(ClaimPaid.class)).extracting(ClaimPaid::amount).containsExactly(500L * 2 * 2_150);
        ClearingOutcome elsewhere = house.reportOutage(at(day(1), 4), "H100", Hub.NM, at(day(1), 3), at(day(1), 4), 1, 1);
        assertThat(elsewhere.reason()).as("no spot index at NM in the fixtures").isEqualTo(RejectReason.UNKNOWN_INDEX);
    }

    @Test
    void bad_policies_and_outages_are_refused_naming_the_field_and_change_nothing() {
        long hash = house.stateHash();
        int events = recorder.events.size();
        refused(house.writePolicy(T0 + 1, terms(77, PROVIDER, 100, 5_000)), RejectReason.UNKNOWN_ACCOUNT,
                "holderAccount: no account 77");
        refused(house.writePolicy(T0 + 1, terms(CONSUMER_A, 78, 100, 5_000)), RejectReason.UNKNOWN_ACCOUNT,
                "insurerAccount: no account 78");
        refused(house.writePolicy(T0 + 1, terms(CONSUMER_A, FEE, 100, 5_000)), RejectReason.ACCOUNT_KIND_NOT_ALLOWED,
                "insurerAccount: 901 is a FEE account; only members' accounts hold or write insurance");
        refused(house.writePolicy(T0 + 1, terms(CONSUMER_A, PROVIDER, CASH + 1, 5_000)),
                RejectReason.INSUFFICIENT_FREE_CASH, "premium: 500000.01 CNY exceeds the free cash 500000.00 CNY of "
                        + "holder account 501");
        refused(house.writePolicy(T0 + 1, terms(CONSUMER_A, PROVIDER, 100, CASH + 101)),
                RejectReason.INSUFFICIENT_FREE_CASH, "limit: the collateral 500001.01 CNY exceeds the free cash "
                        + "500000.00 CNY of insurer account 401 with the premium 1.00 CNY");
        refused(house.writePolicy(T0 + 1, new PolicyTerms(CONSUMER_A, PROVIDER, PolicyKind.OUTAGE_COVER, "H100",
                Hub.YRD, TODAY.minusDays(1), day(2), 1, 0, 5_000, 100)), RejectReason.FIELD_INVALID,
                "firstDay: 2026-11-29 is before the day the policy is written, 2026-11-30");
        refused(house.writePolicy(T0 + 1, new PolicyTerms(CONSUMER_A, PROVIDER, PolicyKind.OUTAGE_COVER, "H100",
                Hub.GBA, day(1), day(2), 1, 0, 5_000, 100)), RejectReason.UNKNOWN_INDEX,
                "productCode, hub: no spot contract and index of H100 at GBA to insure");
        refused(house.reportOutage(T0 + 1, "H100", Hub.YRD, T0, T0 + HOUR, 11, 10), RejectReason.FIELD_INVALID,
                "unitsOffline: must be 1 to the hub's 10, was 11 (outage of H100 at YRD)");
        refused(house.reportOutage(T0 + 1, "H100", Hub.YRD, T0, T0, 1, 10), RejectReason.FIELD_INVALID,
                "end: must be after start " + T0 + " and within 366 days of it, was " + T0 + " (outage of H100 at YRD)");
        refused(house.reportOutage(T0 + 1, "H100", Hub.YRD, T0 + 2, T0 + HOUR, 1, 10), RejectReason.FIELD_INVALID,
                "start: " + (T0 + 2) + " is after the report's time " + (T0 + 1) + " (outage of H100 at YRD)");
        refused(house.reportOutage(T0 + 1, "H100", Hub.YRD, T0, T0 + HOUR, 1, 0), RejectReason.FIELD_INVALID,
                "hubUnits: must be 1 to 16777216, was 0 (outage of H100 at YRD)");
        refused(house.reportOutage(T0 - 1, "H100", Hub.YRD, T0 - 2, T0 + HOUR, 1, 10),
                RejectReason.TIMESTAMP_BEFORE_CLEARING_TIME, "timestamp: " + (T0 - 1) + " is before the clearing house's "
                        + "time " + T0);
        assertThat(house.stateHash()).isEqualTo(hash);
        assertThat(recorder.events).hasSize(events);
    }

    @Test
    void terms_that_cannot_be_a_policy_are_refused_by_their_record_naming_the_field() {
        assertThatThrownBy(() -> terms(CONSUMER_A, CONSUMER_A, 100, 5_000)).hasMessage(
                "insurerAccount: 501 cannot insure itself");
        assertThatThrownBy(() -> terms(CONSUMER_A, PROVIDER, 0, 5_000)).hasMessage(
                "premium: must be 1 to 1125899906842624 fen, was 0");
        assertThatThrownBy(() -> terms(CONSUMER_A, PROVIDER, 100, -1)).hasMessageStartingWith("limit: must be 1 to");
        assertThatThrownBy(() -> new PolicyTerms(CONSUMER_A, PROVIDER, PolicyKind.OUTAGE_COVER, "H100", Hub.YRD, day(3),
                day(2), 1, 0, 5_000, 100)).hasMessage("lastDay: 2026-12-02 is before firstDay 2026-12-03");
        assertThatThrownBy(() -> new PolicyTerms(CONSUMER_A, PROVIDER, PolicyKind.OUTAGE_COVER, "H100", Hub.YRD, day(1),
                day(1), 1, 24 * 60 + 1, 5_000, 100)).hasMessage(
                "trigger: the deductible must be 0 to 1440 minutes (the cover period), was 1441");
        assertThatThrownBy(() -> new PolicyTerms(CONSUMER_A, PROVIDER, PolicyKind.PRICE_SPIKE_CAP, "H100", Hub.YRD,
                day(1), day(1), 1, 0, 5_000, 100)).hasMessage("trigger: the strike must be 1 to 4194304 ticks, was 0");
        assertThatThrownBy(() -> new PolicyTerms(CONSUMER_A, PROVIDER, PolicyKind.PRICE_SPIKE_CAP, "H100", Hub.YRD,
                day(1), day(1), 0, 1, 5_000, 100)).hasMessage("units: must be 1 to 16777216, was 0");
    }

    @Test
    void the_insurers_collateral_is_not_free_to_withdraw() {
        accept(house.writePolicy(T0 + 1, outageCover(5_000_000)));
        ClearingOutcome withdrawal = house.withdraw(T0 + 2, PROVIDER, CASH, 1);
        assertThat(withdrawal.reason()).isEqualTo(RejectReason.INSUFFICIENT_FREE_CASH);
        accept(house.withdraw(T0 + 2, PROVIDER, CASH + 120_000 - 5_000_000, 1));
        assertThat(house.freeCash(PROVIDER)).isZero();
    }

    private static PolicyTerms terms(long holder, long insurer, long premium, long limit) {
        return new PolicyTerms(holder, insurer, PolicyKind.OUTAGE_COVER, "H100", Hub.YRD, day(1), day(2), 10, 0, limit,
                premium);
    }

    private static void refused(ClearingOutcome outcome, RejectReason reason, String message) {
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.reason()).isEqualTo(reason);
        assertThat(outcome.message()).isEqualTo(message);
    }
}
