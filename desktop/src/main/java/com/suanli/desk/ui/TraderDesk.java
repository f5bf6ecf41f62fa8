package com.suanli.desk.ui;

import com.suanli.desk.ui.account.AccountView;
import com.suanli.desk.ui.account.AccountViewModel;
import com.suanli.desk.ui.autoquote.AutoQuoterView;
import com.suanli.desk.ui.autoquote.AutoQuoterViewModel;
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
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.desk.ui.workspace.Panel;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

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
    private final SplitPane accountRow;

    TraderDesk(TradingDesk desk, TraderOrders orders, InstrumentLink link, TraderKeys keys, ZoneId zone) {
        this.keys = Objects.requireNonNull(keys, "keys");
        ladder = new LadderViewModel(desk, link, orders);
        orderTicket = new OrderTicketViewModel(link, orders);
        quoteTicket = new QuoteTicketViewModel(link, orders);
        ladderView = new LadderView(ladder, keys.presetLots());
        ticketView = new TicketView(orderTicket, quoteTicket, link);
        BlotterView blotterView = new BlotterView(new BlotterViewModel(desk, orders), zone);
        autoQuoter = new AutoQuoterViewModel(desk, orders, link);
        // The account and the auto-quoter beside the blotter, the quoter's tab saying whether it quotes.
        Tab account = new Tab(Texts.get("trader.account-tab"), new AccountView(new AccountViewModel(desk,
                zone)).root());
        account.setId("account-tab");
        Tab quoter = new Tab(null, new AutoQuoterView(autoQuoter).root());
        quoter.setId("autoquote-tab");
        quoter.textProperty().bind(autoQuoter.stateProperty().map(state -> Texts.format("trader.autoquote-tab",
                state.title())));
        TabPane side = new TabPane(account, quoter);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        accountRow = new SplitPane(blotterView.root(), side);
        accountRow.setDividerPositions(0.57);
    }

    /** The trader's view of a panel, or null for a panel that is not the trader's. */
    Node viewOf(Panel panel) {
        return switch (panel) {
            case LADDER -> ladderView.root();
            case ORDER_TICKET -> ticketView.root();
            case BLOTTER -> accountRow;
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
