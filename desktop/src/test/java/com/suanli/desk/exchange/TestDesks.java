package com.suanli.desk.exchange;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/** Real desk databases for the desktop's tests: H2 files in the test's temporary directory. */
public final class TestDesks {

    private TestDesks() {
    }

    /** The database at {@code dir/desk}: created and migrated the first time, reopened after. */
    public static DeskStore database(Path dir) {
        return DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE);
    }

    /** A startup of {@code catalogue} on {@code store}; close it to stop the exchange it starts. */
    public static ExchangeStartup startup(Supplier<Catalogue> catalogue, DeskStore store, Clock clock) {
        return new ExchangeStartup(catalogue, () -> store, clock);
    }

    /**
     * Opens {@code account} in the desk's clearing house, under a firm of the same number, with {@code cash}
     * fen: the exchange clears, so an account trades only once it is open and funded.
     */
    public static void openMember(DeskExchange desk, long time, long account, long cash) {
        for (Command command : new Command[] {
                new RegisterFirm(time, account, "Firm " + account),
                new OpenAccount(time, account, account, AccountKind.TRADER),
                new Deposit(time, account, cash, account)}) {
            if (!desk.submit(command).join().accepted()) {
                throw new IllegalStateException("could not open member " + account + " with " + command);
            }
        }
    }
}
