package com.suanli.data.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.clearing.CashEntry;
import com.suanli.data.clearing.CashKind;
import com.suanli.data.clearing.CashLedger;
import com.suanli.data.market.MarketDataRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.IndexMethod;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.basics.Underlying;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClearingRecorderTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    /** 2027-01-05 01:30 in Shanghai, still 2027-01-04 (17:30) in UTC: the business day is the exchange's. */
    private static final long EARLY_MORNING = 1_799_083_800_000L;

    @TempDir
    Path dir;

    @Test
    void every_reason_of_the_clearing_house_is_a_kind_of_the_ledger() {
        for (CashReason reason : CashReason.values()) {
            assertThat(CashKind.of(reason).name()).isEqualTo(reason.name());
        }
    }

    @Test
    void a_cash_movement_is_booked_on_both_accounts_in_cny_on_the_exchange_day_once() {
        try (DeskStore store = TestStores.fresh(dir)) {
            // Accounts the firm tables do not list (the exchange opened them by command) are booked too.
            CashMoved fee = new CashMoved(42, EARLY_MORNING, 7, CashReason.DEFAULT_FUND_CONTRIBUTION, 99, 1003, 1_000_001,
                    12_345, -12_345, 12_345);
            store.transaction(c -> {
                new ClearingRecorder(c, CATALOGUE).record(fee);
                return null;
            });
            List<CashEntry> entries = store.transaction(c -> new CashLedger(c).entries());
            assertThat(entries).extracting(CashEntry::account, CashEntry::amount, CashEntry::kind,
                            CashEntry::businessDate, CashEntry::sequence)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1003L, new BigDecimal("-123.45"),
                                    CashKind.DEFAULT_FUND_CONTRIBUTION, LocalDate.of(2027, 1, 5), 42L),
                            org.assertj.core.groups.Tuple.tuple(1_000_001L, new BigDecimal("123.45"),
                                    CashKind.DEFAULT_FUND_CONTRIBUTION, LocalDate.of(2027, 1, 5), 42L));
            assertThat(entries.get(0).reference()).isEqualTo("DEFAULT_FUND_CONTRIBUTION 99, entry 7");
            boolean refused = false;
            try {
                store.transaction(c -> {
                    new ClearingRecorder(c, CATALOGUE).record(fee);
                    return null;
                });
            } catch (RuntimeException twice) {
                refused = true;
            }
            assertThat(refused).as("the same event booked again is refused by the ledger's key").isTrue();
            List<CashEntry> after = store.transaction(c -> new CashLedger(c).entries());
            assertThat(after).hasSize(2);
        }
    }

    @Test
    void an_index_in_ticks_is_kept_in_cny_per_unit_of_its_spot_contract_and_a_restatement_replaces_it() {
        ContractSpec spot = CATALOGUE.contracts().stream()
                .filter(c -> c.kind() == ContractKind.SPOT && !c.green()).findFirst().orElseThrow();
        LocalDate day = LocalDate.of(2027, 1, 4);
        try (DeskStore store = TestStores.fresh(dir)) {
            for (int version = 1; version <= 2; version++) {
                IndexPublished index = new IndexPublished(50 + version, EARLY_MORNING, spot.product().code(), spot.hub(),
                        day, 1_234 + version, IndexMethod.TRADES, 10, 3, 0, version);
                store.transaction(c -> {
                    new ClearingRecorder(c, CATALOGUE).record(index);
                    return null;
                });
            }
            Underlying underlying = Underlying.of(spot.product().code(), spot.hub().code());
            double kept = store.transaction(c -> new MarketDataRepository(c).fixings(underlying)).byDate().get(day);
            assertThat(kept).isEqualTo(spot.tickSize().multiply(BigDecimal.valueOf(1_236)).doubleValue());
            assertThat(store.transaction(c -> new MarketDataRepository(c).fixings(underlying)).byDate()).hasSize(1);
        }
    }
}
