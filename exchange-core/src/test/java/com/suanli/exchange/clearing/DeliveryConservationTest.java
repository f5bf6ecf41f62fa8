package com.suanli.exchange.clearing;

import com.suanli.exchange.delivery.Delivery;
import com.suanli.exchange.delivery.EnergyStatement;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.ContractExpired;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.DeliveryStatus;
import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static com.suanli.exchange.clearing.ClearingFixtures.CAPITAL;
import static com.suanli.exchange.clearing.ClearingFixtures.DEFAULT_FUND;
import static com.suanli.exchange.clearing.ClearingFixtures.FEE;
import static com.suanli.exchange.clearing.ClearingFixtures.GREEN_SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.MAR_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.SETTLEMENT;
import static com.suanli.exchange.clearing.ClearingFixtures.SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.T0;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.APR_YRD_PHYSICAL;
import static com.suanli.exchange.clearing.ExpiryAndDeliveryTest.PENALTY_BPS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random trading in spot (standard and green), a cash-settled and a physically delivered
 * future, mixed with daily spot cuts, settlements, index fixings, expiry attempts (refused until
 * they may happen) and delivery reports of every kind, some too large: after every command, all
 * cash equals net deposits and the ledger replayed from its events rebuilds every balance, the
 * settlement account is empty, positions sum to zero per instrument, delivered + failed +
 * pending units equal the units that went to delivery (the long lots at each expiry x 1,000), and
 * every delivery's payment and penalty equal an independent computation, energy received equals
 * energy delivered and certificates received equal those surrendered, one per whole MWh of each
 * consumer's green energy; a refusal changes
 * nothing. The same seed gives the same state hash, another seed another.
 */
class DeliveryConservationTest {
    private static final long[] MEMBERS = {ExpiryAndDeliveryTest.TRADER, ExpiryAndDeliveryTest.MAKER,
            ExpiryAndDeliveryTest.PROVIDER, ExpiryAndDeliveryTest.PROVIDER_2, ExpiryAndDeliveryTest.CONSUMER_A,
            ExpiryAndDeliveryTest.CONSUMER_B};
    private static final long[] ACCOUNTS = {FEE, DEFAULT_FUND, CAPITAL, SETTLEMENT, MEMBERS[0], MEMBERS[1], MEMBERS[2],
            MEMBERS[3], MEMBERS[4], MEMBERS[5]};
    private static final int[] TRADED = {SPOT_YRD, GREEN_SPOT_YRD, MAR_YRD, APR_YRD_PHYSICAL};

    /** One seeded run, checked after every command. */
    private static final class Run extends SeededHouseRun {
        final Map<Integer, Long> unitsToDelivery = new HashMap<>();
        long time = T0 + 1;
        long tradeId = 1;
        LocalDate spotDay = LocalDate.of(2027, 1, 4);
        LocalDate indexDay = LocalDate.of(2027, 1, 4);
        long accepted;
        long refused;

        Run(long seed) {
            super(seed, event -> { });
        }

        @Override
        void step() {
            int kind = random.nextInt(100);
            long hash = house.stateHash();
            int eventsBefore = events.size();
            ClearingOutcome outcome;
            if (kind < 45) {
                outcome = trade();
            } else if (kind < 52) {
                int spot = random.nextBoolean() ? SPOT_YRD : GREEN_SPOT_YRD;
                outcome = expireCounted(spot, spotDay);
                spotDay = spotDay.plusDays(random.nextInt(3) == 0 ? 0 : 1);
            } else if (kind < 80) {
                outcome = report();
            } else if (kind < 88) {
                outcome = house.publishIndex(time, "H100", Hub.YRD, indexDay, 0, 0);
                if (outcome.accepted() && random.nextInt(3) == 0) {
                    outcome = house.restateIndex(time, "H100", Hub.YRD, indexDay, 2_000 + random.nextInt(400));
                }
                indexDay = indexDay.plusDays(1 + random.nextInt(2));
            } else if (kind < 94) {
                outcome = house.settle(time, APR_YRD_PHYSICAL, indexDay, 0, 0, 1_900 + random.nextInt(200));
            } else {
                int future = random.nextBoolean() ? MAR_YRD : APR_YRD_PHYSICAL;
                outcome = expireCounted(future, indexDay);
            }
            if (outcome.accepted()) {
                accepted++;
            } else {
                refused++;
                assertThat(house.stateHash()).as(outcome.message()).isEqualTo(hash);
                assertThat(events).hasSize(eventsBefore);
            }
            time += 1 + random.nextInt(600_000);
            check();
        }

        private ClearingOutcome trade() {
            int instrument = TRADED[random.nextInt(TRADED.length)];
            if (house.settlementPrice(instrument) > 0 && expired(instrument)) {
                return house.expire(time, instrument, indexDay);
            }
            long buyer = MEMBERS[random.nextInt(MEMBERS.length)];
            long seller = MEMBERS[random.nextInt(MEMBERS.length)];
            long lots = 1 + random.nextInt(5);
            long price = 1_950 + random.nextInt(300);
            ClearingFixtures.trade(house, time, tradeId++, instrument, price, lots, buyer, seller,
                    random.nextBoolean() ? Aggressor.BUYER : Aggressor.SELLER);
            return ClearingOutcome.ACCEPTED;
        }

        private boolean expired(int instrument) {
            return (instrument == MAR_YRD || instrument == APR_YRD_PHYSICAL)
                    && events.stream().anyMatch(e -> e instanceof ContractExpired x
                    && x.instrumentId() == instrument);
        }

        /** An expiry; when accepted, the long lots it closed go to delivery (physical contracts). */
        private ClearingOutcome expireCounted(int instrument, LocalDate day) {
            long longLots = 0;
            for (long member : MEMBERS) {
                longLots += Math.max(0, house.position(member, instrument).netLots());
            }
            ClearingOutcome outcome = house.expire(time, instrument, day);
            if (outcome.accepted() && instrument != MAR_YRD) {
                unitsToDelivery.merge(instrument, longLots * 1_000, Long::sum);
            }
            return outcome;
        }

        private ClearingOutcome report() {
            List<Delivery> all = house.deliveries();
            if (all.isEmpty() || random.nextInt(20) == 0) {
                return house.reportDelivery(time, all.size() + 1 + random.nextInt(3), 1, 0);
            }
            Delivery d = all.get(random.nextInt(all.size()));
            long pending = d.pendingUnits();
            if (random.nextInt(6) == 0) {
                return house.reportDelivery(time, d.deliveryId(), 0, pending);
            }
            long delivered = random.nextInt(4) == 0 ? pending : random.nextLong(pending + 2);
            long failed = random.nextInt(3) == 0 ? 0 : random.nextLong(Math.max(1, pending - delivered + 2));
            return house.reportDelivery(time, d.deliveryId(), delivered, failed);
        }

        void check() {
            long inside = 0;
            for (long account : ACCOUNTS) {
                assertThat(replay.balance(account)).isEqualTo(house.cash(account));
                inside += house.cash(account);
            }
            assertThat(inside).as("all cash equals net deposits").isEqualTo(house.netDeposits());
            assertThat(house.cash(SETTLEMENT)).isZero();
            for (int instrument : TRADED) {
                long net = 0;
                for (long member : MEMBERS) {
                    net += house.position(member, instrument).netLots();
                }
                assertThat(net).as("positions of %s sum to zero", instrument).isZero();
            }
            long received = 0;
            long provided = 0;
            long certificatesIn = 0;
            long certificatesOut = 0;
            for (long member : MEMBERS) {
                EnergyStatement statement = house.energyStatement(member);
                received += statement.receivedMilliWh();
                provided += statement.providedMilliWh();
                certificatesIn += statement.certificatesReceived();
                certificatesOut += statement.certificatesSurrendered();
                assertThat(statement.certificatesReceived()).as("whole MWh of green energy, no more, no less")
                        .isEqualTo(statement.greenReceivedMilliWh() / 1_000_000_000L);
                assertThat(statement.marketBasedGrams()).isLessThanOrEqualTo(statement.locationBasedGrams());
            }
            assertThat(received).as("energy received = energy delivered").isEqualTo(provided);
            assertThat(certificatesIn).as("certificates received = surrendered").isEqualTo(certificatesOut);
            Map<Integer, Long> accounted = new HashMap<>();
            for (Delivery d : house.deliveries()) {
                assertThat(d.pendingUnits()).isNotNegative();
                accounted.merge(d.instrumentId(), d.deliveredUnits() + d.failedUnits() + d.pendingUnits(), Long::sum);
                // A tick is 1,000 fen a lot of 1,000 units: a unit is worth its price in fen.
                assertThat(d.paid()).isEqualTo(d.deliveredUnits() * d.price());
                assertThat(d.penalty()).isEqualTo(d.failedUnits() * d.price() * PENALTY_BPS / 10_000);
            }
            assertThat(accounted).as("delivered + failed + pending = what went to delivery")
                    .isEqualTo(unitsToDelivery.entrySet().stream().filter(e -> e.getValue() > 0)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
    }

    @Test
    void delivery_quantities_and_cash_are_conserved_after_every_command() {
        Run run = new Run(42);
        for (int n = 0; n < 6_000; n++) {
            run.step();
        }
        assertThat(run.house.deliveries()).hasSizeGreaterThan(100);
        assertThat(run.events).filteredOn(DeliveryChanged.class::isInstance).map(e -> ((DeliveryChanged) e).status())
                .as("every status was reached").contains(DeliveryStatus.values());
        assertThat(run.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
                ContractExpired.class, x -> assertThat(x.instrumentId())
                        .isEqualTo(MAR_YRD)));
        assertThat(run.unitsToDelivery).containsKey(APR_YRD_PHYSICAL);
        assertThat(run.refused).isPositive();
    }

    /**
     * Two runs of one seed in step; at a random cut the second's house is replaced by one restored
     * from the first's clearing section (over the same setup, publishing nothing): the same hash,
     * deliveries and bytes written again, then the same events and hash after every later command,
     * with the second run's own checks (its ledger replay included) holding throughout.
     */
    @Test
    void a_house_restored_among_deliveries_answers_every_later_command_as_the_original() throws IOException {
        SplittableRandom cuts = new SplittableRandom(2027);
        long deliveriesAtCuts = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Run original = new Run(seed);
            Run restored = new Run(seed);
            SeededHouseRun.restoreAfter(cuts.nextInt(500, 4_000), seed, original, restored, ClearingHouse::deliveries);
            deliveriesAtCuts += original.house.deliveries().size();
            SeededHouseRun.answerAlike(1_500, seed, original, restored);
        }
        assertThat(deliveriesAtCuts).as("the cuts fall among deliveries").isGreaterThan(40);
    }

    @Test
    void the_same_seed_gives_the_same_state_and_another_seed_another() {
        SeededHouseRun.sameSeedSameState(Run::new, 1_500);
    }
}
