package com.suanli.data.firm;

import java.util.List;
import java.util.Objects;

/**
 * A user as the desk acts on it: who, in which role, trading which accounts. Never a password or its hash.
 *
 * @param accounts the engine accounts the user may trade, ascending
 * @param hasPassword false for the local desk's first user until a password is set
 * @param locked whether sign-in is refused
 */
public record DeskUser(String login, String displayName, UserRole role, List<Long> accounts, boolean hasPassword,
                       boolean locked) {

    public DeskUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        accounts = List.copyOf(accounts);
    }

    static DeskUser of(User user, List<Long> accounts) {
        return new DeskUser(user.login(), user.displayName(), user.role(), accounts, user.hasPassword(), user.locked());
    }

    /** Whether the user may send orders for {@code account}: a trader or administrator it is granted to. */
    public boolean trades(long account) {
        return role != UserRole.RISK_OFFICER && accounts.contains(account);
    }

    /** {@code risk officer 'chen'}: how refusals name the user. */
    public String named() {
        return role.label() + " '" + login + "'";
    }
}
