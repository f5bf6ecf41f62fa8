package com.suanli.gateway;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.host.ExchangeHost;
import com.suanli.data.host.HostOptions;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.gateway.entry.HostOrderEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * An exchange host on a temporary H2 database with the gateway in front, on a free loopback port, and the
 * desk's users: traders 'wang' (account 2001) and 'li' (2002), market maker 'mm' (3001), risk officer 'chen'
 * and administrator 'root' (account 1). The exchange's clock stands on a Wednesday, 10:00 in Shanghai, when
 * every contract that trades that day was opened for continuous trading.
 */
final class GatewayRig implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";
    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T02:00:00Z"), ZoneOffset.UTC);

    final Catalogue catalogue = CatalogueJson.readDefault();
    final DeskStore store;
    final ExchangeHost host;
    FixGateway gateway;
    final int port;
    final List<ContractSpec> tradable;
    /** CompIDs are unique in the JVM: QuickFIX/J keeps every session it made in one static registry. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private final AtomicInteger instruments = new AtomicInteger();
    private final UserDirectory users;
    private final GatewayConfig config;

    /** @param config the gateway's configuration on the free port it is given */
    GatewayRig(Path dir, IntFunction<GatewayConfig> config) {
        store = DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE);
        users = new UserDirectory(store);
        users.soleUser("root", 1);
        users.resetPassword("root", PASSWORD.toCharArray());
        users.add("wang", "Wang", UserRole.TRADER, PASSWORD.toCharArray(), List.of(2001L));
        users.add("li", "Li", UserRole.TRADER, PASSWORD.toCharArray(), List.of(2002L));
        users.add("mm", "Market maker", UserRole.TRADER, PASSWORD.toCharArray(), List.of(3001L));
        users.add("chen", "Chen", UserRole.RISK_OFFICER, PASSWORD.toCharArray(), List.of());
        host = ExchangeHost.start(store, catalogue, EngineConfig.defaults(), HostOptions.defaults());
        tradable = catalogue.contracts().stream().filter(c -> c.isTradable(DAY)).toList();
        for (ContractSpec contract : tradable) {
            host.submit(new SessionCommand(CLOCK.millis(), contract.instrumentId(), SessionAction.OPEN_CONTINUOUS)).join();
        }
        port = FixClient.freePort();
        this.config = config.apply(port);
        gateway = startGateway();
    }

    private FixGateway startGateway() {
        return FixGateway.start(HostOrderEntry.over(host, catalogue, CLOCK), users::signIn, config);
    }

    /** Stops the gateway (every session logged out) and starts a new one on the same port, the exchange running on. */
    void restartGateway() {
        gateway.close();
        gateway = startGateway();
    }

    /** A contract of its own for each caller, so that no test trades against another's orders. */
    ContractSpec instrument() {
        return tradable.get(instruments.getAndIncrement());
    }

    FixClient logOn(String user) throws InterruptedException {
        return FixClient.logOn("C" + CLIENTS.incrementAndGet(), port, user, PASSWORD);
    }

    FixClient connect(String user, String password) {
        return new FixClient("C" + CLIENTS.incrementAndGet(), port, user, password);
    }

    /** The exchange's last event: a command it was sent, even one it refused, moves it on. */
    long lastEvent() {
        return host.ask(Engine::lastSequence).join();
    }

    @Override
    public void close() {
        gateway.close();
        host.close();
        store.close();
    }
}
