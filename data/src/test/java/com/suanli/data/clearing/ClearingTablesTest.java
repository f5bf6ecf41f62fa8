package com.suanli.data.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.Account;
import com.suanli.data.firm.AccountKind;
import com.suanli.data.firm.Firm;
import com.suanli.data.firm.FirmRepository;
import com.suanli.data.firm.FirmRole;
import com.suanli.data.listing.CatalogueRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.Sql;
import com.suanli.data.store.StoreException;
import com.suanli.data.store.TestStores;
import com.suanli.data.trading.TradeRecord;
import com.suanli.data.trading.TradeRepository;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positions, cash, margin and settlement prices, and the named views that read them. */
class ClearingTablesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @TempDir
    Path dir;

    private DeskStore store;
    private ContractSpec contract;

    @BeforeEach
    void desk_with_two_firms_and_the_default_catalogue() {
        store = TestStores.fresh(dir);
        store.transaction(c -> {
            new CatalogueRepository(c).save(CatalogueJson.readDefaultStrip(), "default catalogue");
            FirmRepository firms = new FirmRepository(c);
            firms.save(new Firm("SCC", "Shanghai Compute Clearing", FirmRole.CLEARING_MEMBER));
            firms.save(new Firm("WW", "Westwind Compute Fund", FirmRole.CLIENT));
            firms.save(new Account(1, "SCC", "house", AccountKind.HOUSE, "CNY", true));
            firms.save(new Account(2, "SCC", "agency", AccountKind.CLIENT, "CNY", true));
            firms.save(new Account(3, "WW", "main", AccountKind.CLIENT, "CNY", true));
            return null;
        });
        contract = store.transaction(c -> new CatalogueRepository(c).catalogue()).contracts().get(0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void the_ledger_books_each_engine_event_once_per_account_and_gives_statements_and_balances() {
        store.transaction(c -> {
            CashLedger ledger = new CashLedger(c);
            ledger.book(CashEntry.of(3, MONDAY, CashKind.DEPOSIT, new BigDecimal("100000"), "CNY", null, "wire 1"));
            ledger.book(CashEntry.of(3, MONDAY, CashKind.DEPOSIT, new BigDecimal("5000.5"), "CNY", null, "wire 2"));
            ledger.book(CashEntry.of(3, TUESDAY, CashKind.VARIATION_MARGIN, new BigDecimal("-1234.56"), "CNY", 77L, "VM"));
            return null;
        });

        assertThatThrownBy(() -> store.transaction(c -> new CashLedger(c)
                .book(CashEntry.of(3, TUESDAY, CashKind.VARIATION_MARGIN, new BigDecimal("-1"), "CNY", 77L, "again"))))
                .isInstanceOf(StoreException.class).hasMessageContaining("Unique index");

        store.transaction(c -> {
            CashLedger ledger = new CashLedger(c);
            assertThat(ledger.statement(3, MONDAY, MONDAY)).extracting(CashEntry::reference).containsExactly("wire 1", "wire 2");
            assertThat(ledger.statement(3, MONDAY, TUESDAY)).last().isEqualTo(new CashEntry(3, 3, TUESDAY,
                    CashKind.VARIATION_MARGIN, new BigDecimal("-1234.56"), "CNY", 77L, "VM"));
            assertThat(ledger.balance(3, "CNY")).isEqualByComparingTo("103765.94");
            assertThat(Sql.one(c, "SELECT balance FROM cash_balances WHERE account_id = 3", row -> row.getBigDecimal(1)))
                    .hasValueSatisfying(balance -> assertThat(balance).isEqualByComparingTo("103765.94"));
            return null;
        });
    }

    @Test
    void an_amount_finer_than_a_cent_is_refused_not_rounded() {
        assertThatThrownBy(() -> CashEntry.of(3, MONDAY, CashKind.FEE, new BigDecimal("0.005"), "CNY", null, "fee"))
                .hasMessage("amount: at most two decimals, was 0.005");
    }

    @Test
    void positions_by_account_values_each_position_at_its_last_settlement_price() {
        int id = contract.instrumentId();
        long settleTicks = contract.referencePriceTicks();
        store.transaction(c -> {
            PositionRepository positions = new PositionRepository(c);
            positions.add(1, id, 5, 10);
            positions.add(3, id, -5, 10);
            positions.add(1, id, 2, 11);
            positions.add(2, id, 3, 12);
            positions.add(2, id, -3, 13);
            MarginRepository margins = new MarginRepository(c);
            margins.save(new SettlementPrice(id, MONDAY, settleTicks - 10));
            margins.save(new SettlementPrice(id, TUESDAY, settleTicks));
            return null;
        });

        List<String> rows = store.transaction(c -> Sql.list(c,
                "SELECT firm_code, account_id, symbol, net_lots, settled_on, settlement_value FROM positions_by_account"
                        + " ORDER BY account_id",
                row -> row.getString(1) + " " + row.getLong(2) + " " + row.getString(3) + " " + row.getLong(4) + " "
                        + row.getDate(5) + " " + row.getBigDecimal(6).stripTrailingZeros().toPlainString()));

        BigDecimal unitValue = contract.toPrice(settleTicks).multiply(BigDecimal.valueOf(contract.contractSize()));
        assertThat(rows).containsExactly(
                "SCC 1 " + contract.symbol() + " 7 " + TUESDAY + " " + unitValue.multiply(BigDecimal.valueOf(7)).stripTrailingZeros().toPlainString(),
                "WW 3 " + contract.symbol() + " -5 " + TUESDAY + " " + unitValue.multiply(BigDecimal.valueOf(-5)).stripTrailingZeros().toPlainString());
        assertThat(store.transaction(c -> new PositionRepository(c).position(1, id)).orElseThrow().asOfSequence()).isEqualTo(11);
    }

    @Test
    void margin_by_firm_adds_up_each_accounts_latest_requirement() {
        store.transaction(c -> {
            MarginRepository margins = new MarginRepository(c);
            margins.save(new MarginRequirement(1, MONDAY, new BigDecimal("900"), new BigDecimal("-50")));
            margins.save(new MarginRequirement(1, TUESDAY, new BigDecimal("1000"), new BigDecimal("25.50")));
            margins.save(new MarginRequirement(2, MONDAY, new BigDecimal("300"), BigDecimal.ZERO));
            margins.save(new MarginRequirement(3, TUESDAY, new BigDecimal("70"), new BigDecimal("-1")));
            margins.save(new MarginRequirement(3, TUESDAY, new BigDecimal("80"), new BigDecimal("-2")));
            assertThat(margins.of(1)).hasSize(2).last().isEqualTo(
                    new MarginRequirement(1, TUESDAY, new BigDecimal("1000.00"), new BigDecimal("25.5")));
            return null;
        });

        List<String> rows = store.transaction(c -> Sql.list(c,
                "SELECT firm_code, accounts, initial_margin, variation_margin FROM margin_by_firm ORDER BY firm_code",
                row -> row.getString(1) + " " + row.getInt(2) + " " + row.getBigDecimal(3) + " " + row.getBigDecimal(4)));

        assertThat(rows).containsExactly("SCC 2 1300.00 25.50", "WW 1 80.00 -2.00");
    }

    @Test
    void todays_trades_shows_the_trades_of_the_exchange_day_only() {
        long now = Instant.now().toEpochMilli();
        long yesterday = now - Duration.ofDays(1).toMillis();
        store.transaction(c -> {
            TradeRepository trades = new TradeRepository(c);
            trades.add(new TradeRecord(1, 100, yesterday, contract.instrumentId(), 2_000, 3, 1, 1, 2, 3, Aggressor.BUYER));
            trades.add(new TradeRecord(2, 101, now, contract.instrumentId(), 2_001, 4, 3, 1, 4, 3, Aggressor.SELLER));
            return null;
        });

        List<String> rows = store.transaction(c -> Sql.list(c, "SELECT trade_id, symbol, price, quantity FROM todays_trades",
                row -> row.getLong(1) + " " + row.getString(2) + " " + row.getBigDecimal(3).stripTrailingZeros().toPlainString()
                        + " " + row.getLong(4)));

        assertThat(rows).containsExactly("2 " + contract.symbol() + " "
                + contract.toPrice(2_001).stripTrailingZeros().toPlainString() + " 4");
    }
}
