package com.suanli.exchange.clearing;

import static com.suanli.exchange.clearing.ClearingFixtures.INSTRUMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountStandingsTest {

    private static final int COMMANDS = 20_000;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11, 29})
    void every_account_stands_as_the_house_answers_it_account_by_account(long seed) {
        RandomClearingRun run = new RandomClearingRun(seed);
        run.run(COMMANDS);
        ClearingHouse house = run.house;

        List<AccountStanding> standings = house.standings();

        assertThat(standings).extracting(AccountStanding::account).doesNotHaveDuplicates()
                .allMatch(house::hasAccount);
        assertThat(standings).filteredOn(s -> !s.positions().isEmpty()).as("members holding lots").isNotEmpty();
        for (AccountStanding standing : standings) {
            long account = standing.account();
            assertThat(standing.cash()).as("cash of %d", account).isEqualTo(house.cash(account));
            assertThat(standing.initialMargin()).isEqualTo(house.initialMargin(account));
            assertThat(standing.maintenanceMargin()).isEqualTo(house.maintenanceMargin(account));
            assertThat(standing.marginCallId()).isEqualTo(house.marginCallId(account));
            assertThat(standing.defaultId()).isEqualTo(house.defaultId(account));
            assertThat(standing.marginCallAmount() != 0).isEqualTo(standing.marginCallId() != 0);
            Map<Integer, Position> held = standing.positions().stream()
                    .collect(Collectors.toMap(Position::instrumentId, Function.identity()));
            for (int instrumentId : INSTRUMENTS) {
                Position position = house.position(account, instrumentId);
                boolean anything = position.netLots() != 0 || position.realisedPnl() != 0 || position.buyingLots() != 0
                        || position.sellingLots() != 0;
                assertThat(held.get(instrumentId)).as("account %d in %d", account, instrumentId)
                        .isEqualTo(anything ? position : null);
            }
        }
    }
}
