package com.suanli.desk.ui.risk;

import com.suanli.desk.ui.account.AccountHealth;
import com.suanli.exchange.clearing.AccountStanding;
import com.suanli.exchange.engine.event.AccountKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One account's margin as clearing holds it, in CNY: cash, the initial and maintenance requirements, the cash held
 * against the initial margin, the excess over it (negative: the shortfall), the open call and how the account
 * stands, worst first as the account panel says it.
 *
 * @param held the cash held against the initial margin: the lesser of the two, never below zero
 * @param excess cash less initial margin; below zero the account may add no risk
 * @param call what the open margin call asks for, zero without one
 * @param deadline when the open call falls due
 */
public record MarginRow(long account, AccountKind kind, BigDecimal cash, BigDecimal initial, BigDecimal maintenance,
                        BigDecimal held, BigDecimal excess, BigDecimal call, Optional<Instant> deadline,
                        AccountHealth health, int positions) {

    public MarginRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(health, "health");
    }

    public static MarginRow of(AccountStanding standing) {
        long cash = standing.cash();
        long initial = standing.initialMargin();
        long held = Math.max(0, Math.min(cash, initial));
        return new MarginRow(standing.account(), standing.kind(), cny(cash), cny(initial),
                cny(standing.maintenanceMargin()), cny(held), cny(cash - initial), cny(standing.marginCallAmount()),
                standing.marginCallId() == 0 ? Optional.empty()
                        : Optional.of(Instant.ofEpochMilli(standing.marginCallDeadline())),
                health(standing), (int) standing.positions().stream().filter(p -> p.netLots() != 0).count());
    }

    private static AccountHealth health(AccountStanding standing) {
        if (standing.defaultId() != 0) {
            return AccountHealth.DEFAULTED;
        }
        if (standing.marginCallId() != 0) {
            return AccountHealth.CALLED;
        }
        if (standing.cash() < standing.maintenanceMargin()) {
            return AccountHealth.BELOW_MAINTENANCE;
        }
        return standing.cash() < standing.initialMargin() ? AccountHealth.BELOW_INITIAL : AccountHealth.COVERED;
    }

    /** Whether the row is marked: anything short of covered. */
    public boolean shortOfMargin() {
        return health != AccountHealth.COVERED;
    }

    private static BigDecimal cny(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
