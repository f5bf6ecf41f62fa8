package com.suanli.desk.ui;

import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.DeskMarket;
import com.suanli.desk.exchange.LastTrade;
import com.suanli.desk.ui.account.AccountStanding;
import com.suanli.desk.ui.account.AccountView;
import com.suanli.desk.ui.account.AccountViewModel;
import com.suanli.desk.ui.autoquote.AutoQuoterView;
import com.suanli.desk.ui.autoquote.AutoQuoterViewModel;
import com.suanli.desk.ui.autoquote.QuoterSettings;
import com.suanli.desk.ui.blotter.BlotterView;
import com.suanli.desk.ui.blotter.BlotterViewModel;
import com.suanli.desk.ui.hotkey.TraderAction;
import com.suanli.desk.ui.hotkey.TraderKeys;
import com.suanli.desk.ui.ladder.LadderView;
import com.suanli.desk.ui.ladder.LadderViewModel;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.shell.Shortcut;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.ticket.OrderTicketViewModel;
import com.suanli.desk.ui.ticket.QuoteTicketViewModel;
import com.suanli.desk.ui.ticket.TicketView;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.ExchangeBooks;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.desk.ui.trading.TradersDay;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.desk.ui.workspace.Panel;
import com.suanli.desk.ui.workspace.PanelViews;
import com.suanli.data.settings.UserSettings;
import com.suanli.data.store.DeskStore;
import com.suanli.data.trading.OrderRecord;
import com.suanli.data.trading.OrderRepository;
import com.suanli.data.trading.PriceVolume;
import com.suanli.data.trading.TradeRecord;
import com.suanli.data.trading.TradeRepository;
import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.listing.Catalogue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import com.suanli.exchange.marketdata.DepthSnapshot;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The trader's panels wired together: the ladder, the order and quote tickets, the blotter, the account and the
 * auto-quoter over one {@link TradingDesk}, all following the linked instrument, and the trader's keys on the
 * scene.
 */
final class TraderDesk {

    private final TraderKeys keys;
    private final LadderViewModel ladder;
    private final OrderTicketViewModel orderTicket;
    private final QuoteTicketViewModel quoteTicket;
    private final LadderView ladderView;
    private final TicketView ticketView;
    private final AutoQuoterViewModel autoQuoter;
    private final Node blotter;
    private final Node accountView;
    private final Node quoterView;
    private final TradingDesk desk;
    private final TraderOrders orders;
    private final AccountViewModel account;
    /** The exchange once it runs, asked for an account's standing when the trader chooses it. */
    private DeskExchange exchange;
    private Executor uiThread;
    private Consumer<String> messages;

    TraderDesk(TradingDesk desk, TraderOrders orders, InstrumentLink link, TraderKeys keys, ZoneId zone) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.orders = Objects.requireNonNull(orders, "orders");
        ladder = new LadderViewModel(desk, link, orders);
        orderTicket = new OrderTicketViewModel(link, desk, orders);
        quoteTicket = new QuoteTicketViewModel(link, orders);
        ladderView = new LadderView(ladder, keys);
        ticketView = new TicketView(orderTicket, quoteTicket, link, keys);
        BlotterView blotterView = new BlotterView(new BlotterViewModel(desk, orders), zone);
        autoQuoter = new AutoQuoterViewModel(desk, orders, link);
        blotter = blotterView.root();
        account = new AccountViewModel(desk, zone);
        accountView = new AccountView(account).root();
        quoterView = new AutoQuoterView(autoQuoter).root();
        // The quoter's tab says whether it quotes, even behind the blotter.
        quoterView.getProperties().put(PanelViews.LIVE_TITLE, autoQuoter.stateProperty()
                .map(state -> Texts.format("panel.autoQuoter.state", state.title())));
        // The account chosen in the ticket is the one the positions and the account panel show.
        orders.accountProperty().addListener((property, before, after) -> {
            desk.choose(after);
            account.follow(after);
            askStanding();
        });
    }

    /** The signed-in user trades {@code granted}: the account chooser lists them (FX thread). */
    void signedIn(List<Long> granted) {
        desk.tradesFor(granted);
        orders.tradeFor(granted);
    }

    /**
     * Once the exchange runs (FX thread, right after the desk began listening): the ladder starts from the
     * exchange's books and last trades, and the account panel from the house's figures, asked on the engine's
     * thread and shown on {@code uiThread}.
     */
    void opened(DeskExchange exchange, Executor uiThread, Consumer<String> messages) {
        this.exchange = exchange;
        this.uiThread = uiThread;
        this.messages = messages;
        DeskMarket market = exchange.market();
        desk.readBooks(new ExchangeBooks() {
            @Override
            public Optional<DepthSnapshot> book(int instrumentId) {
                return market.depth(instrumentId, DeskMarket.PUBLISHED_LEVELS);
            }

            @Override
            public Optional<LastTrade> lastTrade(int instrumentId) {
                return market.lastTrade(instrumentId);
            }
        });
        askStanding();
    }

    /**
     * Once the user signed in (FX thread): the blotter and the ladder's own and volume columns start from the day
     * before this window, the exchange's working orders of the user's accounts and the store's fills and volume at
     * price of today (exchange time), read on {@code tasks}' worker; nothing before the exchange runs.
     */
    void resumeDay(List<Long> granted, Supplier<Optional<DeskStore>> stores, TaskExecutor tasks, Clock clock) {
        if (exchange == null) {
            return;
        }
        DeskMarket market = exchange.market();
        Catalogue catalogue = desk.catalogue();
        LocalDate today = LocalDate.now(clock);
        tasks.execute(BackgroundTask.wrap(() -> {
            List<WorkingOrder> working = new ArrayList<>();
            granted.forEach(account -> working.addAll(market.workingOrders(account)));
            return stores.get().map(store -> store.transaction(connection -> {
                OrderRepository recorded = new OrderRepository(connection);
                Map<Long, Optional<OrderRecord>> records = new HashMap<>();
                for (WorkingOrder order : working) {
                    records.put(order.orderId(), recorded.order(order.orderId()));
                }
                List<TradeRecord> trades = new ArrayList<>();
                TradeRepository stored = new TradeRepository(connection);
                // The market's volume at price too: a restarted ladder's Vol column, with no trade counted twice.
                long storedBefore = desk.storedDayBefore(stored.newestSequence());
                List<PriceVolume> volume = stored.volumeAtPrice(today, storedBefore);
                for (long account : granted) {
                    stored.ofAccount(account).stream().filter(trade -> Instant.ofEpochMilli(trade.executedAt())
                            .atZone(clock.getZone()).toLocalDate().equals(today)).forEach(trades::add);
                }
                return TradersDay.of(working, records::get, trades, catalogue, granted).withVolumeAtPrice(volume);
            })).orElseGet(() -> TradersDay.of(working, id -> Optional.empty(), List.of(), catalogue, granted));
        }).onSuccess(desk::resume)
                .onFailure(failure -> messages.accept(Texts.format("blotter.resume-failed",
                        EngineLauncher.reasonFor(failure)))));
    }

    /**
     * Once the user signed in (FX thread): the auto-quoter's form takes the settings {@code login} kept (read on
     * {@code tasks}' worker), and each Start keeps the form's from then on. Before the read, a Start keeps nothing:
     * it would be overwritten by the older settings read after it.
     */
    void keepQuoterSettings(Supplier<Optional<DeskStore>> stores, String login, TaskExecutor tasks) {
        QuoterSettings defaults = autoQuoter.settings();
        tasks.execute(BackgroundTask.wrap(() -> stores.get().flatMap(store -> store.transaction(connection ->
                        QuoterSettings.read(new UserSettings(connection, login), defaults))))
                .onSuccess(kept -> {
                    kept.ifPresent(autoQuoter::use);
                    autoQuoter.onStarted(settings -> tasks.execute(BackgroundTask.wrap(() -> {
                        stores.get().ifPresent(store -> store.transaction(connection -> {
                            settings.write(new UserSettings(connection, login));
                            return null;
                        }));
                        return null;
                    }).onFailure(failure -> messages.accept(Texts.format("autoquote.not-kept",
                            EngineLauncher.reasonFor(failure))))));
                })
                .onFailure(failure -> messages.accept(Texts.format("autoquote.not-read",
                        EngineLauncher.reasonFor(failure)))));
    }

    /** Asks the house for the chosen account's standing, for the account panel; nothing before the exchange runs. */
    private void askStanding() {
        if (exchange == null) {
            return;
        }
        long chosen = desk.account();
        DeskMarket market = exchange.market();
        exchange.ask(engine -> AccountStanding.of(engine, chosen, market.positions(chosen).keySet()))
                .whenCompleteAsync((standing, failure) -> {
                    if (failure != null) {
                        messages.accept(Texts.format("account.seedFailed", EngineLauncher.reasonFor(failure)));
                    } else {
                        standing.ifPresent(account::seed);
                    }
                }, uiThread);
    }

    /** The trader's view of a panel, or null for a panel that is not the trader's. */
    Node viewOf(Panel panel) {
        return switch (panel) {
            case LADDER -> ladderView.root();
            case ORDER_TICKET -> ticketView.root();
            case BLOTTER -> blotter;
            case ACCOUNT -> accountView;
            case AUTO_QUOTER -> quoterView;
            default -> null;
        };
    }

    /** Binds each trader action to its key on the scene: the keys work whichever panel has the focus. */
    void installKeys(Scene scene) {
        for (TraderAction action : TraderAction.values()) {
            scene.getAccelerators().put(keys.combination(action), () -> act(action));
        }
    }

    /** The keys as the shortcut sheet lists them. */
    List<Shortcut> shortcuts() {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (TraderAction action : TraderAction.values()) {
            String title = action.presetIndex() < 0 ? action.title()
                    : Texts.format("hotkey.preset-lots", action.title(), keys.presetLots().get(action.presetIndex()));
            shortcuts.add(new Shortcut(title, keys.keys().get(action)));
        }
        return shortcuts;
    }

    void act(TraderAction action) {
        switch (action) {
            case BUY -> orderTicket.buy();
            case SELL -> orderTicket.sell();
            case JOIN_BID -> ladder.joinBid();
            case JOIN_ASK -> ladder.joinAsk();
            case CANCEL_ALL -> ladder.cancelAll();
            case RECENTRE -> ladder.recentre();
            case KILL_QUOTER -> autoQuoter.kill();
            case QUOTE -> {
                ticketView.showQuote();
                quoteTicket.quote();
            }
            default -> preset(keys.presetLots().get(action.presetIndex()));
        }
    }

    /** A preset sets the lots a ladder click trades and the ticket's quantity together. */
    private void preset(long lots) {
        ladder.quantityProperty().set(lots);
        orderTicket.quantityProperty().set(Long.toString(lots));
    }
}
