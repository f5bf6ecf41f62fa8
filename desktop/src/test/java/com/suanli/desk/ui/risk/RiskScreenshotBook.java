package com.suanli.desk.ui.risk;

import com.suanli.data.firm.UserDirectory;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.exchange.DatabaseCatalogue;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.ui.users.SignOn;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: gives a fresh desk database a book to look at, so that the real workstation opened on it under Xvfb
 * shows the Risk panel full (docs/workstation.md, Screenshots). The desk's one user trades accounts 1001 and 2002;
 * a counterparty (3003) sells and buys H100's first four live months at four hubs against them at the reference
 * prices, seeded. Skipped unless {@code -Ddesk.screenshot.db=PATH} names the database.
 */
@EnabledIfSystemProperty(named = "desk.screenshot.db", matches = ".+")
class RiskScreenshotBook {

    private static final long SECOND_ACCOUNT = 2002;
    private static final long COUNTERPARTY = 3003;
    /** 5,000,000 CNY each. */
    private static final long MEMBER_CASH = 500_000_000;
    private static final List<Hub> HUBS = List.of(Hub.YRD, Hub.GZ, Hub.NM, Hub.GBA);
    private static final int MONTHS = 4;

    @Test
    void trade_a_book() {
        Clock now = Clock.system(ZoneId.of("Asia/Shanghai"));
        StoreAddress address = StoreAddress.file(Path.of(System.getProperty("desk.screenshot.db")));
        try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
            UserDirectory users = new UserDirectory(store);
            String login = SignOn.localLogin(System.getProperty("user.name"));
            users.soleUser(login, LocalTrader.ACCOUNT);
            users.assignAccounts(login, List.of(LocalTrader.ACCOUNT, SECOND_ACCOUNT));
        }
        try (DatabaseCatalogue catalogue = new DatabaseCatalogue(address, FileKey.NONE);
             ExchangeStartup startup = ExchangeStartup.of(catalogue, now)) {
            DeskExchange desk = startup.start().exchange();
            long time = now.millis();
            TestDesks.openMember(desk, time, SECOND_ACCOUNT, MEMBER_CASH);
            TestDesks.openMember(desk, time, COUNTERPARTY, MEMBER_CASH);
            LocalDate today = LocalDate.now(now);
            Random random = new Random(14);
            long id = 0;
            int refused = 0;
            for (Hub hub : HUBS) {
                List<ContractSpec> strip = catalogue.get().contracts().stream()
                        .filter(c -> c.kind() == ContractKind.FUTURE && c.product().code().equals("H100")
                                && c.hub() == hub && !c.green() && c.isTradable(today))
                        .limit(MONTHS).toList();
                for (ContractSpec contract : strip) {
                    for (long account : new long[] {LocalTrader.ACCOUNT, SECOND_ACCOUNT}) {
                        long lots = random.nextInt(13) - 6;
                        if (lots == 0) {
                            continue;
                        }
                        Side side = lots > 0 ? Side.BID : Side.ASK;
                        long price = contract.referencePriceTicks();
                        desk.submit(PlaceOrder.limit(time, COUNTERPARTY, ++id, contract.instrumentId(),
                                side == Side.BID ? Side.ASK : Side.BID, price, Math.abs(lots), TimeInForce.GTC)).join();
                        if (!desk.submit(PlaceOrder.limit(time, account, ++id, contract.instrumentId(), side, price,
                                Math.abs(lots), TimeInForce.IOC)).join().accepted()) {
                            refused++;
                        }
                    }
                }
            }
            System.out.println("traded " + id / 2 + " times; refused " + refused);
        }
    }
}
