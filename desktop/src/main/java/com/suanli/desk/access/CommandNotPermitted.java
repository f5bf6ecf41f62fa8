package com.suanli.desk.access;

import com.suanli.data.firm.DeskUser;
import com.suanli.exchange.engine.event.RejectedCommand;
import java.util.Objects;
import java.util.Optional;

/**
 * A command a user's role may not send, refused before it reached the exchange (nothing was journalled).
 * The message names the user, the role, the command and the rule: {@code risk officer 'chen' may not send
 * PLACE_ORDER: a risk officer sends no order, quote or cancel}; the fields say the same for a screen to word.
 */
public final class CommandNotPermitted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient DeskUser user;
    private final AccessRule rule;
    private final RejectedCommand command;
    private final long account;

    /**
     * @param command what was refused; null for a request that is no command (managing users)
     * @param account the account the command named
     */
    public CommandNotPermitted(String message, DeskUser user, AccessRule rule, RejectedCommand command, long account) {
        super(message);
        this.user = Objects.requireNonNull(user, "user");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.command = command;
        this.account = account;
    }

    /** Who was refused, as signed in. */
    public DeskUser user() {
        return user;
    }

    public AccessRule rule() {
        return rule;
    }

    /** The command refused; empty for managing users. */
    public Optional<RejectedCommand> command() {
        return Optional.ofNullable(command);
    }

    /** The account the command named. */
    public long account() {
        return account;
    }
}
