package com.suanli.desk.ui.trading;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.event.AccountKind;
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
import java.util.function.Function;

/**
 * A real engine over the Guizhou listing, opened on a trading morning, with the trader's desk fed by its
 * events and its orders sent through the in-process gateway, all on the test's thread: what the workstation
 * wires, without a window. {@link #cleared} gives the engine the desk's clearing house.
 */
public final class TraderFixture {

    public static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final Catalogue GUIZHOU = CatalogueJson.readDefault().inHub(Hub.GZ);
    public static final long TRADER = 1001;
    /** Another member, whose orders the trader trades against. */
    public static final long OTHER = 2002;
    /** A third member, so that the market can trade without the trader. */
    public static final long THIRD = 3003;
    private static final List<Long> MEMBERS = List.of(TRADER, OTHER, THIRD);

    public final ContractSpec june = GUIZHOU.bySymbol("H100-GZ-2027M06");
    public final TradingDesk desk = new TradingDesk(TRADER);
    public final InstrumentLink link = new InstrumentLink();
    public final List<String> messages = new ArrayList<>();
    /** The member firm both accounts of a cleared fixture are opened under. */
    public static final long FIRM = 10;
    public final OrderGateway gateway;
    public final TraderOrders orders;
    private long otherClientOrderId;

    /** Without a clearing house: every account may trade. */
    public TraderFixture() {
        this(null);
    }

    private TraderFixture(Function<ClearingEvents, ClearingHouse> clearing) {
        EngineEvents events = new EngineEvents();
        Engine engine = new Engine(GUIZHOU, EngineConfig.defaults(), events, PreTradeCheck.ALLOW_ALL,
                OrderBookFactory.FAST, clearing);
        LocalDate today = LocalDate.now(MARKET_OPEN);
        for (ContractSpec contract : GUIZHOU.contracts()) {
            if (contract.isTradable(today)) {
                engine.submit(new SessionCommand(MARKET_OPEN.millis(), contract.instrumentId(),
                        SessionAction.OPEN_CONTINUOUS));
            }
        }
        desk.list(GUIZHOU);
        events.listen(Coalescer.events(Runnable::run, desk::apply)::accept);
        gateway = new InProcessGateway(engine, events, new CurrentThreadTaskExecutor(), desk::contract);
        orders = new TraderOrders(gateway, TRADER, MARKET_OPEN, Runnable::run, messages::add);
    }

    /**
     * With the desk's clearing house ({@code ClearingSetup.standard()}): a member firm and the trader's and the
     * other two members' {@code TRADER} accounts opened under it by commands, as an operator opens the desk's
     * accounts; {@link #fund} pays cash in.
     */
    public static TraderFixture cleared() {
        TraderFixture fixture = new TraderFixture(ClearingSetup.standard().over(GUIZHOU));
        long now = MARKET_OPEN.millis();
        fixture.operator(new RegisterFirm(now, FIRM, "Suanli trading desk"));
        for (long account : MEMBERS) {
            fixture.operator(new OpenAccount(now, account, FIRM, AccountKind.TRADER));
        }
        return fixture;
    }

    /** Deposits {@code cashFen} into each member's account of a cleared fixture. */
    public void fund(long cashFen) {
        for (long account : MEMBERS) {
            operator(new Deposit(MARKET_OPEN.millis(), account, cashFen, account));
        }
    }

    /** An operator's command, which must be taken. */
    public void operator(Command command) {
        CommandOutcome outcome = gateway.submit(command).join();
        if (!outcome.taken()) {
            throw new IllegalStateException(command + " " + outcome.describe());
        }
    }

    /** The reference price of June, in ticks: the middle of its band. */
    public long reference() {
        return june.referencePriceTicks();
    }

    /** Another member's GTC limit order on June. */
    public CommandOutcome other(Side side, long price, long lots) {
        return member(OTHER, side, price, lots, TimeInForce.GTC);
    }

    /** A limit order of another member on June. */
    public CommandOutcome member(long account, Side side, long price, long lots, TimeInForce timeInForce) {
        return gateway.submit(PlaceOrder.limit(MARKET_OPEN.millis(), account, ++otherClientOrderId, june.instrumentId(),
                side, price, lots, timeInForce)).join();
    }

    public CommandOutcome trader(Command command) {
        return gateway.submit(command).join();
    }
}
