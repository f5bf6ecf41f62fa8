package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A real engine's busy market, recorded: {@link FoldProbe}'s seeded load on the first tradable instruments, open
 * for continuous trading at {@link TraderFixture#MARKET_OPEN}, the trader's own orders among it.
 *
 * @param engine the engine after the load, to compare a desk's final state with
 * @param traded the instruments the load trades; the trader's own orders are on the first
 * @param events every event the engine published, in order
 */
public record BusyMarket(Engine engine, List<ContractSpec> traded, List<ExchangeEvent> events) {

    public static BusyMarket record(Catalogue listing, int instruments, int commands) {
        List<ExchangeEvent> events = new ArrayList<>();
        Engine engine = new Engine(listing, EngineConfig.defaults(), events::add);
        LocalDate today = LocalDate.now(TraderFixture.MARKET_OPEN);
        List<ContractSpec> traded = listing.contracts().stream().filter(contract -> contract.isTradable(today))
                .limit(instruments).toList();
        traded.forEach(contract -> engine.submit(new SessionCommand(TraderFixture.MARKET_OPEN.millis(),
                contract.instrumentId(), SessionAction.OPEN_CONTINUOUS)));
        FoldProbe.record(engine, traded, TraderFixture.MARKET_OPEN.millis(), events, commands);
        return new BusyMarket(engine, traded, events);
    }
}
