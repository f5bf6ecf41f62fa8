package com.suanli.desk.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.engine.event.CashReason;
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
        assertThat(report.settlements()).isGreaterThanOrEqualTo(20 * 8);
        assertThat(report.trades()).isGreaterThan(1_000);
    }

    @Test
    void a_margin_call_is_met_and_an_unmet_one_ends_in_a_default_whose_loss_reaches_the_default_fund() {
        assertThat(report.count("MarginCalled")).isGreaterThanOrEqualTo(2);
        assertThat(report.count("MarginCallMet")).isGreaterThanOrEqualTo(1);
        assertThat(report.count("AccountDefaulted")).isGreaterThanOrEqualTo(1);
        assertThat(report.count("DefaultResolved")).isEqualTo(report.count("AccountDefaulted"));
        // The over-extended trader's loss went past its margin, its contribution and the exchange's capital.
        assertThat(report.count("DefaultFundCharged")).isGreaterThan(1);
        assertThat(moved(ClearingMonth.OVEREXTENDED.account(), CashReason.DEFAULT_LOSS)).isPositive();
        assertThat(month.engine().position(ClearingMonth.OVEREXTENDED.account(), marchYrd()).netLots()).isZero();
    }

    @Test
    void cash_and_physical_contracts_expire_and_deliveries_are_paid_or_penalised() {
        // 31 days of spot cuts at 4 spot contracts, and the January futures of both products at both hubs.
        assertThat(report.count("ContractExpired")).isEqualTo(31 * 4 + 4);
        assertThat(moved(ClearingMonth.LAB.account(), CashReason.SETTLEMENT)).isNotZero();
        assertThat(report.count("DeliveryChanged")).isPositive();
        long payments = 0;
        long penalties = 0;
        for (List<AccountStatement> day : report.daily().values()) {
            for (AccountStatement statement : day) {
                payments += Math.max(0, statement.movements().getOrDefault(CashReason.DELIVERY_PAYMENT, 0L));
                penalties += Math.max(0, statement.movements().getOrDefault(CashReason.PENALTY, 0L));
            }
        }
        assertThat(payments).isPositive();
        assertThat(penalties).as("the NM outage and the physical month's failed tenth").isPositive();
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

    /** The account's net movement for {@code reason} over the whole month, fen. */
    private static long moved(long account, CashReason reason) {
        return report.daily().values().stream().flatMap(List::stream).filter(s -> s.account() == account)
                .mapToLong(s -> s.movements().getOrDefault(reason, 0L)).sum();
    }

    private static int marchYrd() {
        return CATALOGUE.bySymbol("H100-YRD-2027M03").instrumentId();
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
