package com.suanli.desk.ui.risk;

import com.suanli.data.firm.DeskUser;
import com.suanli.data.firm.UserRole;
import java.util.Objects;
import java.util.Set;

/**
 * Whose eyes the risk panel is for, and how far they reach. A trader sees the accounts it trades; a risk officer or
 * an administrator sees the desk (every account granted to any of the desk's users) and may widen it to every member
 * of the exchange, whose clearing state the desk's exchange holds too. The host enforces what a user may send; this
 * decides only what the panel lists.
 *
 * @param named the user as the screen names it
 * @param accounts the accounts a trader trades (unused for the other scopes)
 */
public record DeskViewer(String named, Scope scope, Set<Long> accounts) {

    /** How far a viewer sees. */
    public enum Scope {
        /** The viewer's own accounts. */
        OWN,
        /** Every account of the desk's users: the desk's book. */
        DESK,
        /** Every account clearing holds, the counterparties' and the house's too: longs and shorts net to zero. */
        EXCHANGE
    }

    public DeskViewer {
        Objects.requireNonNull(named, "named");
        Objects.requireNonNull(scope, "scope");
        accounts = Set.copyOf(Objects.requireNonNull(accounts, "accounts"));
    }

    public static DeskViewer of(DeskUser user) {
        return new DeskViewer(user.named(), user.role() == UserRole.TRADER ? Scope.OWN : Scope.DESK,
                Set.copyOf(user.accounts()));
    }

    /** Whether this viewer may widen the view to every member of the exchange. */
    public boolean mayWiden() {
        return scope != Scope.OWN;
    }

    /** The same viewer seeing every member ({@code true}) or the desk; a trader stays with its own. */
    public DeskViewer widened(boolean everyMember) {
        return mayWiden() ? new DeskViewer(named, everyMember ? Scope.EXCHANGE : Scope.DESK, accounts) : this;
    }

    /** Whether the view lists {@code account}, given the accounts of the desk's users. */
    public boolean sees(long account, Set<Long> deskAccounts) {
        return switch (scope) {
            case OWN -> accounts.contains(account);
            case DESK -> deskAccounts.contains(account);
            case EXCHANGE -> true;
        };
    }
}
