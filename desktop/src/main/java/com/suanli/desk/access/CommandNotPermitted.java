package com.suanli.desk.access;

/**
 * A command a user's role may not send, refused before it reached the exchange (nothing was journalled).
 * The message names the user, the role, the command and the rule: {@code risk officer 'chen' may not send
 * PLACE_ORDER: a risk officer sends no order, quote or cancel}.
 */
public final class CommandNotPermitted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandNotPermitted(String message) {
        super(message);
    }
}
