package com.suanli.data.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import com.suanli.data.trading.EventRecorder;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.AccountOpened;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.FirmRegistered;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exchange's firms and accounts as a reporting database records them, and a desk's own does not. */
class FirmRecorderTest {

    private static final long NOW = 1_799_083_800_000L;

    @TempDir
    Path dir;

    @Test
    void a_reporting_database_keeps_each_firm_and_account_the_exchange_opened_once() {
        List<ExchangeEvent> events = List.of(new FirmRegistered(1, NOW, 300, "Jade Capital"),
                new AccountOpened(2, NOW, 2001, 300, AccountKind.TRADER),
                // Firm 400 was registered before the database's first event (it started after a snapshot).
                new AccountOpened(3, NOW, 4001, 400, AccountKind.MARKET_MAKER));
        try (DeskStore store = TestStores.fresh(dir)) {
            for (int replay = 0; replay < 2; replay++) {   // a replay writes nothing new
                store.transaction(c -> {
                    FirmRecorder recorder = new FirmRecorder(c);
                    for (ExchangeEvent event : events) {
                        recorder.record(event);
                    }
                    return null;
                });
            }
            List<Firm> firms = store.transaction(c -> new FirmRepository(c).firms());
            List<Account> accounts = store.transaction(c -> new FirmRepository(c).accounts());
            assertThat(firms).containsExactly(
                    new Firm("300", "Jade Capital", FirmRole.CLEARING_MEMBER),
                    new Firm("400", "Firm 400", FirmRole.CLEARING_MEMBER));
            assertThat(accounts).extracting(Account::id, Account::firmCode, Account::name, Account::kind, Account::currency,
                            Account::open)
                    .containsExactly(tuple(2001L, "300", "Account 2001, trader", com.suanli.data.firm.AccountKind.HOUSE,
                                    "CNY", true),
                            tuple(4001L, "400", "Account 4001, market maker", com.suanli.data.firm.AccountKind.HOUSE,
                                    "CNY", true));
        }
    }

    @Test
    void a_desks_own_recorder_leaves_its_firm_tables_to_its_administration() {
        try (DeskStore store = TestStores.fresh(dir);
             EventRecorder recorder = new EventRecorder(store, CatalogueJson.readDefault())) {
            recorder.onEvent(new FirmRegistered(1, NOW, 300, "Jade Capital"));
            recorder.onEvent(new AccountOpened(2, NOW, 2001, 300, AccountKind.TRADER));
            recorder.onCaughtUp();
            assertThat(recorder.recordedEvents()).isEqualTo(2);
            List<Firm> firms = store.transaction(c -> new FirmRepository(c).firms());
            Optional<Account> account = store.transaction(c -> new FirmRepository(c).account(2001));
            assertThat(firms).noneMatch(firm -> firm.code().equals("300"));
            assertThat(account).isEmpty();
        }
    }
}
