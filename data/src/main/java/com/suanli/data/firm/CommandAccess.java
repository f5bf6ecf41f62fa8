package com.suanli.data.firm;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.RejectedCommand;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each role may send. Orders, quotes and cancels are trading: a trader or administrator sends them for
 * the accounts granted to it, a risk officer never. Buying insurance ({@code WRITE_POLICY}, the holder's
 * account the command's) is a trader's for the accounts it trades, never a risk officer's; an administrator
 * writes any policy, as before. Every other command (sessions, firms, accounts, cash,
 * fees, risk arrays, settlement, the index, limits, capacity, delivery, the default fund, and any kind added
 * later) is administration, which only an administrator sends. The desk's sessions and the FIX gateway both
 * ask here, so one rule decides for every port.
 */
public final class CommandAccess {

    private CommandAccess() {
    }

    /** Why {@code user} may not send {@code command}; empty when it may. */
    public static Optional<String> refusal(DeskUser user, Command command) {
        boolean purchase = isPurchase(command);
        if (!isTrading(command) && (!purchase || user.role() == UserRole.ADMINISTRATOR)) {
            return user.role() == UserRole.ADMINISTRATOR ? Optional.empty()
                    : Optional.of(refused(user, command) + ": only an administrator sends firm, account, catalogue"
                            + " and clearing administration");
        }
        if (user.role() == UserRole.RISK_OFFICER) {
            return Optional.of(refused(user, command) + (purchase ? ": a risk officer buys no insurance"
                    : ": a risk officer sends no order, quote or cancel"));
        }
        if (!user.trades(command.account())) {
            return Optional.of(refused(user, command) + " for account " + command.account() + ": it trades "
                    + (user.accounts().isEmpty() ? "no account"
                    : "account " + user.accounts().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        return Optional.empty();
    }

    /** The refusal's opening words, written only for a refusal: the FIX gateway asks for every order it takes. */
    private static String refused(DeskUser user, Command command) {
        return user.named() + " may not send " + command.kind();
    }

    /** Whether the command buys insurance for its holder's account: a trader's purchase, not administration. */
    public static boolean isPurchase(Command command) {
        return command.kind() == RejectedCommand.WRITE_POLICY;
    }

    /** Whether the command is an order, a quote or a cancel: an account's trading. */
    public static boolean isTrading(Command command) {
        return switch (command.kind()) {
            case PLACE_ORDER, AMEND_PRICE, AMEND_QUANTITY, CANCEL_ORDER, MASS_CANCEL, QUOTE, MASS_QUOTE -> true;
            default -> false;
        };
    }
}
