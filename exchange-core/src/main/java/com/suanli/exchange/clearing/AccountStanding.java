package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.AccountKind;
import java.util.List;
import java.util.Objects;

/**
 * One account as the clearing house holds it at a moment: what a risk officer reads of it. Amounts in fen,
 * times in epoch milliseconds.
 *
 * @param firmId the member firm the account is under
 * @param cash the ledger's balance of the account
 * @param initialMargin what it must hold to add risk (working orders included)
 * @param maintenanceMargin below which the next settlement calls it
 * @param marginCallId its open margin call, 0 without one
 * @param marginCallAmount what that call asks for, 0 without one
 * @param marginCallDeadline when that call falls due, 0 without one
 * @param defaultId its open default, 0 when it is not in default
 * @param positions every contract it holds lots in, has lots working in, or has realised P&amp;L in, by instrument id
 */
public record AccountStanding(long account, long firmId, AccountKind kind, long cash, long initialMargin,
                              long maintenanceMargin, long marginCallId, long marginCallAmount,
                              long marginCallDeadline, long defaultId, List<Position> positions) {

    public AccountStanding {
        Objects.requireNonNull(kind, "kind");
        positions = List.copyOf(Objects.requireNonNull(positions, "positions"));
    }
}
