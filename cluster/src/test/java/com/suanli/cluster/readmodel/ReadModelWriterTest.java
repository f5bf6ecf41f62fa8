package com.suanli.cluster.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.suanli.cluster.protocol.Outcome;
import com.suanli.cluster.service.LogMessages;
import com.suanli.cluster.service.MemberHarness;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.clearing.PositionRepository;
import com.suanli.data.firm.Account;
import com.suanli.data.firm.Firm;
import com.suanli.data.firm.FirmRepository;
import com.suanli.data.firm.FirmRole;
import com.suanli.data.host.EventFanOut;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.host.SeededLoad;
import com.suanli.data.listing.CatalogueRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.data.trading.TradeRepository;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.AccountOpened;
import com.suanli.exchange.engine.event.FirmRegistered;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read models a member writes: every trade of the commands it applies, the positions they leave, and the
 * firms and accounts they open, once each, also when the member replays its log again after a restart.
 */
class ReadModelWriterTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final ExchangeSetup DESK = ExchangeSetup.desk(CATALOGUE);

    @TempDir
    Path dir;

    @Test
    void aMemberRecordsEveryTradeOnceEvenWhenItReplaysItsLogAfterARestart() throws Exception {
        SeededLoad load = SeededLoad.openingItsMembers(31, CATALOGUE, 0);
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            commands.add(load.next());
        }
        Path database = dir.resolve("reporting");
        List<Outcome> outcomes = runMember(database, commands);
        // The member restarted without a snapshot replays its whole log: the same events are offered again.
        runMember(database, commands);

        List<TradeExecuted> trades = new ArrayList<>();
        List<FirmRegistered> registered = new ArrayList<>();
        List<AccountOpened> opened = new ArrayList<>();
        Engine replayed = DESK.fresh(event -> {
            if (event instanceof TradeExecuted trade) {
                trades.add(trade);
            } else if (event instanceof FirmRegistered firm) {
                registered.add(firm);
            } else if (event instanceof AccountOpened account) {
                opened.add(account);
            }
        });
        // The clearing set-up's firm and accounts: made before the log's first command, never published by a member.
        registered.clear();
        opened.clear();
        for (int i = 0; i < commands.size(); i++) {
            replayed.submit(LogMessages.stampedAt(commands.get(i), outcomes.get(i).timestamp()));
        }
        try (DeskStore store = DeskStore.open(StoreAddress.file(database), FileKey.NONE)) {
            // The catalogue is there, as in a new desk's database, for the reporting views to name the contracts.
            assertThat(store.transaction(c -> new CatalogueRepository(c).catalogue()).contracts())
                    .hasSameSizeAs(CATALOGUE.contracts());
            assertThat(trades).hasSizeGreaterThan(100);
            assertThat(store.transaction(c -> new TradeRepository(c).trades()).size()).isEqualTo(trades.size());
            Map<String, Long> recorded = new TreeMap<>();
            store.transaction(c -> new PositionRepository(c).all()).forEach(position -> recorded.put(
                    position.account() + "/" + position.instrumentId(), position.netLots()));
            assertThat(recorded).isNotEmpty();
            // The firms and accounts the commands opened, each once, under its firm's exchange id.
            assertThat(registered).isNotEmpty();
            assertThat(opened).hasSizeGreaterThan(registered.size());
            List<Firm> firms = store.transaction(c -> new FirmRepository(c).firms());
            List<Account> accounts = store.transaction(c -> new FirmRepository(c).accounts());
            assertThat(firms).extracting(Firm::code, Firm::name, Firm::role)
                    .containsExactlyInAnyOrderElementsOf(registered.stream().map(firm -> tuple(
                            Long.toString(firm.firmId()), firm.name(), FirmRole.CLEARING_MEMBER)).toList());
            assertThat(accounts).extracting(Account::id, Account::firmCode, Account::name)
                    .containsExactlyInAnyOrderElementsOf(opened.stream().map(account -> tuple(account.account(),
                            Long.toString(account.firmId()), "Account " + account.account() + ", "
                                    + account.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))).toList());
            recorded.forEach((key, lots) -> {
                String[] parts = key.split("/");
                assertThat(replayed.position(Long.parseLong(parts[0]), Integer.parseInt(parts[1])).netLots())
                        .as("position %s", key).isEqualTo(lots);
            });
        }
    }

    /** A member's life: a fresh state machine writing read models, fed the whole log in batches of 200. */
    private static List<Outcome> runMember(Path database, List<Command> commands) {
        EventFanOut events = new EventFanOut();
        List<Outcome> outcomes = new ArrayList<>();
        ReadModelWriter writer = ReadModelWriter.open(database, CATALOGUE, events);
        try (writer) {
            MemberHarness member = new MemberHarness(DESK, events);
            for (int first = 0; first < commands.size(); first += 200) {
                outcomes.addAll(member.apply(1, first + 1, commands.subList(first, Math.min(commands.size(),
                        first + 200)), 1_800_000_000_000L + first).outcomes());
            }
        }
        assertThat(writer.missedEvents()).isZero();
        assertThat(writer.recorder().lastFailure()).as("the recorder's last failure").isEmpty();
        assertThat(writer.recorder().failedBatches()).isZero();
        return outcomes;
    }
}
