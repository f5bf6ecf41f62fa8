package com.suanli.desk.ui.risk;

import com.suanli.data.firm.UserDirectory;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.DeskMarket;
import com.suanli.desk.exchange.LastTrade;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.BestBidOffer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the {@link ClearedDesk} from the desk's exchange: the accounts' standings asked of the engine on its own
 * thread (so they are one consistent cut), the marks from the read models. Blocks: call it off the FX thread.
 */
public final class ClearingReader {

    private final DeskExchange exchange;
    private final Clock clock;
    private final Supplier<Set<Long>> deskAccounts;

    /**
     * @param clock the exchange clock; its zone's date is the valuation day
     * @param deskAccounts every account granted to the desk's users, read at each reading (users change)
     */
    public ClearingReader(DeskExchange exchange, Clock clock, Supplier<Set<Long>> deskAccounts) {
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deskAccounts = Objects.requireNonNull(deskAccounts, "deskAccounts");
    }

    /** Every account granted to a user of the desk in {@code store}. */
    public static Supplier<Set<Long>> usersAccounts(Supplier<Optional<DeskStore>> store) {
        return () -> store.get().map(open -> new UserDirectory(open).users().stream()
                .flatMap(user -> user.accounts().stream()).collect(Collectors.toSet())).orElse(Set.of());
    }

    public ClearedDesk read(DeskViewer viewer) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> desk = viewer.scope() == DeskViewer.Scope.DESK ? deskAccounts.get() : Set.of();
        var standings = exchange.ask(Engine::accountStandings).join().stream()
                .filter(standing -> viewer.sees(standing.account(), desk)).toList();
        Map<Integer, Double> marks = new HashMap<>();
        DeskMarket market = exchange.market();
        for (ContractSpec contract : exchange.catalogue().contracts()) {
            if (contract.kind() == ContractKind.FUTURE && !contract.expiry().isBefore(today)) {
                marks.put(contract.instrumentId(), mark(market, contract));
            }
        }
        return new ClearedDesk(today, exchange.catalogue(), standings, marks);
    }

    /** The mid of a two-sided book, else the last trade, else the reference price; CNY per unit. */
    private static double mark(DeskMarket market, ContractSpec contract) {
        Optional<BestBidOffer> top = market.topOfBook(contract.instrumentId());
        if (top.isPresent() && top.get().isTwoSided()) {
            return (contract.toPrice(top.get().bidPrice()).doubleValue()
                    + contract.toPrice(top.get().askPrice()).doubleValue()) / 2;
        }
        long ticks = market.lastTrade(contract.instrumentId()).map(LastTrade::price)
                .orElse(contract.referencePriceTicks());
        return contract.toPrice(ticks).doubleValue();
    }
}
