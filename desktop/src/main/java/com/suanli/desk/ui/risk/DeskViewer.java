package com.suanli.desk.ui.risk;

import com.suanli.data.firm.DeskUser;
import com.suanli.data.firm.UserRole;
import java.util.Objects;
import java.util.Set;

/**
 * Whose eyes the risk panel is for: a risk officer or an administrator sees the whole desk, a trader only the
 * accounts it trades. The host enforces what a user may send; this decides only what the panel lists.
 *
 * @param named the user as the screen names it
 * @param wholeDesk every account, house accounts included
 * @param accounts the accounts seen when not the whole desk
 */
public record DeskViewer(String named, boolean wholeDesk, Set<Long> accounts) {

    public DeskViewer {
        Objects.requireNonNull(named, "named");
        accounts = Set.copyOf(Objects.requireNonNull(accounts, "accounts"));
    }

    public static DeskViewer of(DeskUser user) {
        return new DeskViewer(user.named(), user.role() != UserRole.TRADER, Set.copyOf(user.accounts()));
    }

    public boolean sees(long account) {
        return wholeDesk || accounts.contains(account);
    }
}
