package com.suanli.desk.exchange;

import com.suanli.data.host.Acknowledged;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.event.AccountKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Opens the desk's trading accounts in the exchange's clearing house, as the workstation's own ({@link LocalTrader})
 * is: the desk's firm registered where absent, a {@code TRADER} account under it and its starting cash, each sent
 * only for an account the engine does not have, so opening again sends nothing. The same commands on the desk's
 * own exchange and, through the cluster's log, on every member of the replicated one.
 */
public final class AccountOpening {

    private AccountOpening() {
    }

    /**
     * Opens them as {@link #openAbsent(Function, DeskExchange, long, List)} does, at the engine's time: never late for
     * the desk's own engine, whichever clock its commands come by; on the cluster the log stamps every command.
     */
    public static List<Long> openAbsent(Function<Command, CompletableFuture<Acknowledged>> send, DeskExchange exchange,
                                        List<Long> accounts) {
        return openAbsent(send, exchange, exchange.ask(Engine::time).join(), accounts);
    }

    /**
     * Opens each of {@code accounts} the exchange does not have, at {@code time}, sending through {@code send} (a
     * signed-in user's session, which refuses what the role may not send) and asking {@code exchange}.
     * @return the accounts opened, in the order given; those open already are left out
     * @throws IllegalStateException when the exchange refuses one of the commands, naming the account and the reason
     */
    public static List<Long> openAbsent(Function<Command, CompletableFuture<Acknowledged>> send, DeskExchange exchange,
                                        long time, List<Long> accounts) {
        List<Long> wanted = accounts.stream().distinct().toList();
        boolean firm = exchange.ask(engine -> engine.hasFirm(LocalTrader.FIRM)).join();
        List<Long> absent = exchange.ask(engine -> wanted.stream().filter(a -> !engine.hasAccount(a)).toList()).join();
        List<Long> opened = new ArrayList<>();
        for (long account : absent) {
            List<Command> opening = new ArrayList<>();
            if (!firm) {
                opening.add(new RegisterFirm(time, LocalTrader.FIRM, LocalTrader.FIRM_NAME));
                firm = true;
            }
            opening.add(new OpenAccount(time, account, LocalTrader.FIRM, AccountKind.TRADER));
            // The account's number is the opening deposit's reference, as a bank transfer's number would be.
            opening.add(new Deposit(time, account, LocalTrader.STARTING_CASH, account));
            for (Command command : opening) {
                Acknowledged ack = sent(send, command);
                if (!ack.accepted()) {
                    throw new IllegalStateException("account " + account + " could not be opened: "
                            + ack.reason().orElse("refused"));
                }
            }
            opened.add(account);
        }
        return opened;
    }

    /** The acknowledgement; a refusal before the exchange (the user's role) is thrown as it came. */
    private static Acknowledged sent(Function<Command, CompletableFuture<Acknowledged>> send, Command command) {
        try {
            return send.apply(command).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
