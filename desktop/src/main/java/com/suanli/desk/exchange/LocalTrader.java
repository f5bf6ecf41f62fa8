package com.suanli.desk.exchange;

import com.suanli.data.host.Acknowledged;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.event.AccountKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The account the workstation trades, opened in the desk's clearing house at the first start: the
 * desk's firm, a {@code TRADER} account under it and its starting cash, each sent only when absent, so
 * a restart sends nothing twice.
 */
public final class LocalTrader {

    /** The workstation's account, a member's (members start at 100; the house has 1 to 4). */
    public static final long ACCOUNT = 1001;
    /** The desk's own firm; the house firm is 1 and a simulated session's groups are 10 and up. */
    public static final long FIRM = 100;
    static final String FIRM_NAME = "Local desk";
    /** One million CNY, in fen: margin for a few hundred lots of GPU-hour futures. */
    public static final long STARTING_CASH = 100_000_000L;
    /** The deposit's reference, as a bank transfer number would be. */
    private static final long OPENING_DEPOSIT = 1;

    private LocalTrader() {
    }

    /**
     * Opens what is absent at {@code time}.
     * @throws IllegalStateException when clearing refuses one of them (its reason in the message)
     */
    static void open(DeskExchange exchange, long time) {
        boolean firm = exchange.ask(engine -> engine.hasFirm(FIRM)).join();
        boolean account = exchange.ask(engine -> engine.hasAccount(ACCOUNT)).join();
        List<Command> opening = new ArrayList<>();
        if (!firm) {
            opening.add(new RegisterFirm(time, FIRM, FIRM_NAME));
        }
        if (!account) {
            opening.add(new OpenAccount(time, ACCOUNT, FIRM, AccountKind.TRADER));
            opening.add(new Deposit(time, ACCOUNT, STARTING_CASH, OPENING_DEPOSIT));
        }
        for (Command command : opening) {
            Acknowledged ack = exchange.submit(command).join();
            if (!ack.accepted()) {
                throw new IllegalStateException("the desk's account " + ACCOUNT + " could not be opened: "
                        + ack.reason().orElse("refused"));
            }
        }
    }
}
