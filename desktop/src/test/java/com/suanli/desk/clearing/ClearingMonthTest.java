package com.suanli.desk.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.statement.AccountStatement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A whole seeded month on the engine with clearing inside: statements that reconcile to the ledger every day. */
class ClearingMonthTest {

    private static final long SEED = 20_270_101;
    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static ClearingMonth month;
    private static MonthReport report;

    @BeforeAll
    static void runTheMonth() {
        month = new ClearingMonth(CATALOGUE, SEED);
        report = month.run();
    }

    @Test
    void trades_every_business_day_and_settles_more_than_twenty_times() {
        assertThat(report.daily()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(report.settlements()).isGreaterThanOrEqualTo(20 * 4);
        assertThat(report.trades()).isGreaterThan(1_000);
    }

    @Test
    void every_daily_statement_reconciles_and_the_last_equals_the_house() {
        for (List<AccountStatement> day : report.daily().values()) {
            assertThat(day).allSatisfy(statement -> assertThat(statement.reconciles())
                    .as("account %d on %s", statement.account(), statement.businessDay()).isTrue());
        }
        for (AccountStatement statement : report.endOfMonth()) {
            assertThat(statement.closingCash()).as("account %d", statement.account())
                    .isEqualTo(month.engine().cash(statement.account()));
            assertThat(statement.initialMargin()).isEqualTo(month.engine().initialMargin(statement.account()));
        }
    }

    @Test
    void all_cash_is_net_deposits_and_positions_sum_to_zero() {
        assertThat(report.cashInside()).isEqualTo(report.netDeposits());
        for (ContractSpec spec : month.engine().instrumentIds().stream().map(CATALOGUE::byId).toList()) {
            long net = report.endOfMonth().stream().mapToLong(statement -> statement.positions().stream()
                    .filter(line -> line.instrumentId() == spec.instrumentId()).mapToLong(line -> line.netLots()).sum())
                    .sum();
            assertThat(net).as(spec.symbol()).isZero();
        }
    }

    @Test
    void the_same_seed_gives_the_same_event_stream_and_another_seed_another() {
        assertThat(new ClearingMonth(CATALOGUE, SEED).run().eventStreamHash()).isEqualTo(report.eventStreamHash());
        assertThat(new ClearingMonth(CATALOGUE, SEED + 1).run().eventStreamHash()).isNotEqualTo(report.eventStreamHash());
    }
}
