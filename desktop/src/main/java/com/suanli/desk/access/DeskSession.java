package com.suanli.desk.access;

import com.suanli.data.firm.CommandAccess;
import com.suanli.data.firm.DeskUser;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.host.Acknowledged;
import com.suanli.desk.exchange.AccountOpening;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.AccountTerms;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.event.AccountKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One signed-in user's port to the desk's exchange: everything the user sends goes through {@link #submit},
 * which refuses what the user's role may not do before the host sees it. The user is as it was at sign-in: a
 * role or accounts changed later apply from the user's next sign-in.
 */
public final class DeskSession {

    private final DeskExchange exchange;
    private final UserDirectory directory;
    private final DeskUser user;

    DeskSession(DeskExchange exchange, UserDirectory directory, DeskUser user) {
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.user = Objects.requireNonNull(user, "user");
    }

    public DeskUser user() {
        return user;
    }

    /**
     * Sends the command as {@link DeskExchange#submit} does when the user's role allows it; otherwise the
     * future fails at once with {@link CommandNotPermitted} naming the role, the command and the rule.
     */
    public CompletableFuture<Acknowledged> submit(Command command) {
        Objects.requireNonNull(command, "command");
        Optional<String> refusal = CommandAccess.refusal(user, command);
        return refusal.isPresent() ? CompletableFuture.failedFuture(new CommandNotPermitted(refusal.get(), user,
                ruleBroken(command), command.kind(), command.account())) : exchange.submit(command);
    }

    /**
     * Opens each of {@code accounts} the exchange does not have as trading accounts on {@code terms} (the firm,
     * registered where absent, and the opening cash; {@link AccountOpening}), each command sent through
     * {@link #submit}: on a connected desk through the cluster's log, so every member opens it. Opening an account
     * that is open on the same terms sends nothing.
     * @return the accounts opened; those open already are left out
     * @throws CommandNotPermitted for any role but an administrator's, before anything is asked or sent
     * @throws IllegalArgumentException when the terms do not fit an account open already, or a new firm has no
     *     name, before anything is sent (the field named)
     * @throws IllegalStateException when the exchange refuses one of the commands (the account and reason named)
     */
    public List<Long> openAccounts(List<Long> accounts, AccountTerms terms) {
        permitOpening(accounts, terms);
        return AccountOpening.openAbsent(this::submit, exchange, accounts, terms);
    }

    /**
     * What {@link #openAccounts} would open, asked before a change gives the accounts to a user, so that a role or
     * terms refused change nothing.
     * @throws CommandNotPermitted or IllegalArgumentException as {@link #openAccounts} does, sending nothing
     */
    public List<Long> accountsToOpen(List<Long> accounts, AccountTerms terms) {
        permitOpening(accounts, terms);
        return AccountOpening.absent(exchange, accounts, terms);
    }

    private void permitOpening(List<Long> accounts, AccountTerms terms) {
        for (long account : accounts) {
            OpenAccount opening = new OpenAccount(0, account, terms.firm(), AccountKind.TRADER);
            Optional<String> refusal = CommandAccess.refusal(user, opening);
            if (refusal.isPresent()) {
                throw new CommandNotPermitted(refusal.get(), user, AccessRule.ADMINISTRATION, opening.kind(), account);
            }
        }
    }

    /**
     * The desk's users, to manage: for an administrator only.
     * @throws CommandNotPermitted for any other role
     */
    public UserDirectory users() {
        if (user.role() != UserRole.ADMINISTRATOR) {
            throw new CommandNotPermitted(user.named() + " may not manage users: only an administrator does", user,
                    AccessRule.USERS, null, 0);
        }
        return directory;
    }

    /** The rule {@link CommandAccess#refusal} applied, in its order, for a command it refused. */
    private AccessRule ruleBroken(Command command) {
        boolean purchase = CommandAccess.isPurchase(command);
        if (!CommandAccess.isTrading(command) && !purchase) {
            return AccessRule.ADMINISTRATION;
        }
        if (user.role() == UserRole.RISK_OFFICER) {
            return purchase ? AccessRule.RISK_OFFICER_BUYS : AccessRule.RISK_OFFICER_TRADES;
        }
        return AccessRule.ACCOUNT_NOT_GRANTED;
    }
}
