package com.suanli.desk.exchange;

import com.suanli.data.host.Acknowledged;
import com.suanli.exchange.clearing.AccountStanding;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.event.AccountKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens the desk's trading accounts in the exchange's clearing house, as the workstation's own ({@link LocalTrader})
 * is: the firm of the {@link AccountTerms} registered where absent, a {@code TRADER} account under it and its opening
 * cash, each sent only for an account the engine does not have, so opening again sends nothing. An account open
 * already under another firm, or as another kind, is refused before anything is sent. The same commands on the
 * desk's own exchange and, through the cluster's log, on every member of the replicated one.
 */
public final class AccountOpening {

    private AccountOpening() {
    }

    /**
     * Opens them as {@link #openAbsent(Function, DeskExchange, long, List, AccountTerms)} does, at the engine's time:
     * never late for the desk's own engine, whichever clock its commands come by; on the cluster the log stamps
     * every command.
     */
    public static List<Long> openAbsent(Function<Command, CompletableFuture<Acknowledged>> send, DeskExchange exchange,
                                        List<Long> accounts, AccountTerms terms) {
        return openAbsent(send, exchange, exchange.ask(Engine::time).join(), accounts, terms);
    }

    /**
     * Opens each of {@code accounts} the exchange does not have on {@code terms}, at {@code time}, sending through
     * {@code send} (a signed-in user's session, which refuses what the role may not send) and asking
     * {@code exchange}.
     * @return the accounts opened, in the order given; those open already on the same terms are left out
     * @throws IllegalArgumentException before anything is sent, naming the field: an account open already under
     *     another firm or as another kind ({@code firm: ...}, {@code account: ...}), or a firm the exchange lacks
     *     without the name to register it ({@code firm name: ...})
     * @throws IllegalStateException when the exchange refuses one of the commands, naming the account and the reason
     */
    public static List<Long> openAbsent(Function<Command, CompletableFuture<Acknowledged>> send, DeskExchange exchange,
                                        long time, List<Long> accounts, AccountTerms terms) {
        List<Long> absent = absent(exchange, accounts, terms);
        boolean firm = exchange.ask(engine -> engine.hasFirm(terms.firm())).join();
        List<Long> opened = new ArrayList<>();
        for (long account : absent) {
            List<Command> opening = new ArrayList<>();
            if (!firm) {
                opening.add(new RegisterFirm(time, terms.firm(), terms.firmName()));
                firm = true;
            }
            opening.add(new OpenAccount(time, account, terms.firm(), AccountKind.TRADER));
            if (terms.openingCash() > 0) {
                // The account's number is the opening deposit's reference, as a bank transfer's number would be.
                opening.add(new Deposit(time, account, terms.openingCash(), account));
            }
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

    /**
     * The accounts of {@code accounts} the exchange lacks, in the order given, once the terms are found to fit the
     * exchange: what {@link #openAbsent} would open. Asked before a change that gives them to a user, so that terms
     * that do not fit change nothing.
     * @throws IllegalArgumentException as {@link #openAbsent(Function, DeskExchange, long, List, AccountTerms)}
     */
    public static List<Long> absent(DeskExchange exchange, List<Long> accounts, AccountTerms terms) {
        List<Long> wanted = accounts.stream().distinct().toList();
        Map<Long, AccountStanding> open = exchange.ask(engine -> engine.accountStandings().stream()
                .filter(standing -> wanted.contains(standing.account()))
                .collect(Collectors.toMap(AccountStanding::account, standing -> standing))).join();
        for (AccountStanding standing : open.values()) {
            if (standing.kind() != AccountKind.TRADER) {
                throw new IllegalArgumentException("account: " + standing.account() + " is open already as the "
                        + standing.kind() + " account, not a trader's: nothing sent");
            }
            if (standing.firmId() != terms.firm()) {
                throw new IllegalArgumentException("firm: account " + standing.account() + " is open already under firm "
                        + standing.firmId() + ", not " + terms.firm() + ": nothing sent");
            }
        }
        List<Long> absent = wanted.stream().filter(account -> !open.containsKey(account)).toList();
        if (!absent.isEmpty() && terms.firmName().isEmpty()
                && !exchange.ask(engine -> engine.hasFirm(terms.firm())).join()) {
            throw new IllegalArgumentException("firm name: firm " + terms.firm()
                    + " is not on the exchange yet; give its name to register it: nothing sent");
        }
        return absent;
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
