package com.suanli.desk.ui.trading;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A real engine over the Guizhou listing, opened on a trading morning, with the trader's desk fed by its
 * events and its orders sent through the in-process gateway, all on the test's thread: what the workstation
 * wires, without a window.
 */
public final class TraderFixture {

    public static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final Catalogue GUIZHOU = CatalogueJson.readDefault().inHub(Hub.GZ);
    public static final long TRADER = 1001;
    /** Another member, whose orders the trader trades against. */
    public static final long OTHER = 2002;

    public final ContractSpec june = GUIZHOU.bySymbol("H100-GZ-2027M06");
    public final TradingDesk desk = new TradingDesk(TRADER);
    public final InstrumentLink link = new InstrumentLink();
    public final List<String> messages = new ArrayList<>();
    public final OrderGateway gateway;
    public final TraderOrders orders;
    private long otherClientOrderId;

    public TraderFixture() {
        EngineEvents events = new EngineEvents();
        Engine engine = new Engine(GUIZHOU, EngineConfig.defaults(), events);
        LocalDate today = LocalDate.now(MARKET_OPEN);
        for (ContractSpec contract : GUIZHOU.contracts()) {
            if (contract.isTradable(today)) {
                engine.submit(new SessionCommand(MARKET_OPEN.millis(), contract.instrumentId(),
                        SessionAction.OPEN_CONTINUOUS));
            }
        }
        desk.list(GUIZHOU);
        events.listen(new EventCoalescer(Runnable::run, desk::apply));
        gateway = new InProcessGateway(engine, events, new CurrentThreadTaskExecutor());
        orders = new TraderOrders(gateway, TRADER, MARKET_OPEN, Runnable::run, messages::add);
    }

    /** The reference price of June, in ticks: the middle of its band. */
    public long reference() {
        return june.referencePriceTicks();
    }

    /** Another member's GTC limit order on June. */
    public CommandOutcome other(Side side, long price, long lots) {
        return gateway.submit(PlaceOrder.limit(MARKET_OPEN.millis(), OTHER, ++otherClientOrderId, june.instrumentId(),
                side, price, lots, TimeInForce.GTC)).join();
    }

    public CommandOutcome trader(Command command) {
        return gateway.submit(command).join();
    }
}
