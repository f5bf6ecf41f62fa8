package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.insurance.ClaimFormula;
import com.suanli.exchange.insurance.Policy;
import com.suanli.exchange.insurance.PolicyTerms;
import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import static com.suanli.exchange.clearing.ClearingFixtures.CAPITAL;
import static com.suanli.exchange.clearing.ClearingFixtures.DEFAULT_FUND;
import static com.suanli.exchange.clearing.ClearingFixtures.FEE;
import static com.suanli.exchange.clearing.ClearingFixtures.SETTLEMENT;
import static com.suanli.exchange.clearing.ClearingFixtures.SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.T0;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.CONSUMER_A;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.CONSUMER_B;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.MAKER;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.PROVIDER;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.PROVIDER_2;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.TRADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random insurance among trading: policies of both kinds written (some refused: unknown or
 * house accounts, an insurer short of collateral, a holder short of the premium, a cover starting
 * in the past, terms no policy can have), outages reported at the hub (some refused), spot trades
 * and daily index fixings, deposits and withdrawals. After every command: the ledger replayed from
 * the events rebuilds every balance and all cash equals net deposits; the independent
 * {@link InsuranceModel} has seen exactly the claims and expiries its own formulas call for; every
 * policy paid its premium once, paid what its claims say and never beyond its limit; each
 * insurer's free cash is its cash less the collateral of its live policies; a refusal changes
 * nothing. A house restored from a snapshot cut at random answers every later command as the
 * original; the same seed gives the same hash, another seed another.
 */
class InsuranceConservationTest {
    private static final long HOUR = 3_600_000;
    /** They never trade, so their free cash is their cash less what they hold back for insurance. */
    private static final long[] PARTIES = {PROVIDER, PROVIDER_2, CONSUMER_A, CONSUMER_B};
    private static final long[] ACCOUNTS = {FEE, DEFAULT_FUND, CAPITAL, SETTLEMENT, TRADER, MAKER, PROVIDER, PROVIDER_2,
            CONSUMER_A, CONSUMER_B};
    private static final long HUB_GPUS = 10_000;

    private static final class Run extends SeededHouseRun {
        final InsuranceModel model;
        long time = T0 + 1;
        long tradeId = 1;
        LocalDate lastFixed = ClaimFormula.shanghaiDay(T0).minusDays(1);
        long accepted;
        long refused;
        long refusedByTerms;

        Run(long seed) {
            this(seed, new InsuranceModel());
        }

        private Run(long seed, InsuranceModel model) {
            super(seed, model::onEvent);
            this.model = model;
        }

        @Override
        void step() {
            long hash = house.stateHash();
            int eventsBefore = events.size();
            int kind = random.nextInt(100);
            ClearingOutcome outcome;
            if (kind < 30) {
                outcome = writePolicy();
            } else if (kind < 55) {
                outcome = reportOutage();
            } else if (kind < 70) {
                for (int k = 0; k < 3; k++) {
                    ClearingFixtures.trade(house, time, tradeId++, SPOT_YRD, 2_000 + random.nextInt(600), 7, TRADER,
                            MAKER, Aggressor.BUYER);
                }
                outcome = ClearingOutcome.ACCEPTED;
            } else if (kind < 85) {
                LocalDate today = ClaimFormula.shanghaiDay(time);
                outcome = house.publishIndex(time, "H100", Hub.YRD, today, 0, 0);
                if (outcome.accepted()) {
                    lastFixed = today;
                }
            } else if (kind < 92) {
                long party = PARTIES[random.nextInt(PARTIES.length)];
                outcome = random.nextBoolean() ? house.deposit(time, party, 1 + random.nextLong(5_000_000), 1)
                        : house.withdraw(time, party, 1 + random.nextLong(20_000_000), 2);
            } else {
                time += 20 * HOUR;
                outcome = ClearingOutcome.ACCEPTED;
            }
            if (outcome == null) {
                refusedByTerms++;
            } else if (outcome.accepted()) {
                accepted++;
            } else {
                refused++;
                assertThat(house.stateHash()).as(outcome.message()).isEqualTo(hash);
                assertThat(events).hasSize(eventsBefore);
            }
            time += 1 + random.nextLong(3 * HOUR);
            check();
        }

        /** A policy, or null when its terms cannot be a policy (the record refuses them, as the engine would). */
        private ClearingOutcome writePolicy() {
            boolean cap = random.nextInt(3) == 0;
            long holder = random.nextInt(25) == 0 ? FEE : PARTIES[random.nextInt(PARTIES.length)];
            long insurer = random.nextInt(25) == 0 ? 77 : PARTIES[random.nextInt(PARTIES.length)];
            LocalDate first = ClaimFormula.shanghaiDay(time).plusDays(random.nextInt(-1, 4));
            long trigger = cap ? 2_100 + random.nextInt(400) : random.nextInt(240);
            try {
                PolicyTerms terms = new PolicyTerms(holder, insurer, cap ? PolicyKind.PRICE_SPIKE_CAP
                        : PolicyKind.OUTAGE_COVER, "H100", Hub.YRD, first, first.plusDays(random.nextInt(10)),
                        1 + random.nextInt(2_000), trigger, 10_000 + random.nextLong(15_000_000),
                        random.nextInt(30) == 0 ? 0 : 1 + random.nextLong(200_000));
                return house.writePolicy(time, terms);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private ClearingOutcome reportOutage() {
            long start = time - random.nextLong(48 * HOUR) + (random.nextInt(30) == 0 ? 2 * HOUR : 0);
            long end = start + 60_000 * random.nextLong(-5, 30 * 60);
            long offline = 1 + random.nextLong(random.nextInt(30) == 0 ? 2 * HUB_GPUS : HUB_GPUS);
            return house.reportOutage(time, "H100", Hub.YRD, start, end, offline, HUB_GPUS);
        }

        void check() {
            model.settled();
            long inside = 0;
            for (long account : ACCOUNTS) {
                assertThat(replay.balance(account)).isEqualTo(house.cash(account));
                inside += house.cash(account);
            }
            assertThat(inside).as("all cash equals net deposits").isEqualTo(house.netDeposits());
            List<Policy> policies = house.policies();
            assertThat(policies).hasSameSizeAs(model.policies);
            long[] collateral = new long[PARTIES.length];
            for (Policy policy : policies) {
                InsuranceModel.Modelled modelled = model.policies.get((int) policy.policyId() - 1);
                assertThat(policy.paid()).isEqualTo(modelled.paid).isEqualTo(modelled.claimedInLedger)
                        .isLessThanOrEqualTo(policy.terms().limit());
                assertThat(policy.live()).isEqualTo(modelled.live);
                assertThat(modelled.premiumPaid).isEqualTo(policy.terms().premium());
                for (int p = 0; p < PARTIES.length; p++) {
                    collateral[p] += PARTIES[p] == policy.terms().insurerAccount() ? modelled.collateral() : 0;
                }
            }
            for (int p = 0; p < PARTIES.length; p++) {
                assertThat(house.freeCash(PARTIES[p])).as("free cash of %d", PARTIES[p])
                        .isEqualTo(house.cash(PARTIES[p]) - collateral[p]);
            }
        }
    }

    @Test
    void cash_is_conserved_and_every_claim_follows_the_formulas_after_every_command() {
        Run run = new Run(15);
        for (int n = 0; n < 5_000; n++) {
            run.step();
        }
        assertThat(run.model.policies).hasSizeGreaterThan(300);
        assertThat(run.model.claims).as("claims paid").isGreaterThan(300);
        assertThat(run.model.expiries).as("policies ended").isGreaterThan(200);
        assertThat(run.model.policies).as("some limits were used up")
                .anySatisfy(p -> assertThat(p.paid).isEqualTo(p.written.limit()));
        assertThat(run.model.policies).as("both kinds claimed").anySatisfy(p -> assertThat(p.written.kind())
                .isEqualTo(PolicyKind.PRICE_SPIKE_CAP)).anySatisfy(p -> assertThat(p.paid).isPositive());
        assertThat(run.refused).isPositive();
        assertThat(run.refusedByTerms).isPositive();
    }

    @Test
    void a_house_restored_among_live_policies_answers_every_later_command_as_the_original() throws IOException {
        SplittableRandom cuts = new SplittableRandom(2028);
        long liveAtCuts = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Run original = new Run(seed);
            Run restored = new Run(seed);
            SeededHouseRun.restoreAfter(cuts.nextInt(300, 2_500), seed, original, restored, ClearingHouse::policies);
            liveAtCuts += original.house.policies().stream().filter(Policy::live).count();
            SeededHouseRun.answerAlike(1_000, seed, original, restored);
        }
        assertThat(liveAtCuts).as("the cuts fall among live policies").isGreaterThan(20);
    }

    @Test
    void the_same_seed_gives_the_same_state_and_another_seed_another() {
        SeededHouseRun.sameSeedSameState(Run::new, 1_000);
    }
}
