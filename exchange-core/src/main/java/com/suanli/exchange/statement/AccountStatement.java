package com.suanli.exchange.statement;

import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CashReason;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An account's statement for one business day, money in fen. The cash reconciles by
 * construction of the ledger: {@code openingCash} plus every movement equals {@code closingCash};
 * a reader checks {@code closingCash} against the house's balance.
 *
 * @param account the account number
 * @param firmId its firm
 * @param kind its kind
 * @param businessDay the day the statement closes
 * @param openingCash cash at the previous statement's close (0 for the first)
 * @param movements the day's net cash movements by reason (credits positive), in the reasons' order; reasons
 *        with no entry left out
 * @param closingCash cash at the close
 * @param feesPaid the day's fees less rebates (positive: paid)
 * @param initialMargin initial margin required at the close
 * @param maintenanceMargin maintenance margin required at the close
 * @param positions every instrument the account ever held, in instrument order
 * @param realisedPnl the sum of the lines' realised P&amp;L
 * @param unrealisedPnl the sum of the lines' unrealised P&amp;L
 */
public record AccountStatement(long account, long firmId, AccountKind kind, LocalDate businessDay, long openingCash,
                               Map<CashReason, Long> movements, long closingCash, long feesPaid, long initialMargin,
                               long maintenanceMargin, List<PositionLine> positions, long realisedPnl,
                               long unrealisedPnl) {

    public AccountStatement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(businessDay, "businessDay");
        EnumMap<CashReason, Long> ordered = new EnumMap<>(CashReason.class);
        ordered.putAll(movements);
        movements = Collections.unmodifiableMap(ordered);
        positions = List.copyOf(positions);
    }

    /** Margin held is the account's cash: collateral in excess of initial margin is free to withdraw. */
    public long excessMargin() {
        return closingCash - initialMargin;
    }

    /** Whether the cash movements explain the change from opening to closing cash. */
    public boolean reconciles() {
        long sum = openingCash;
        for (long amount : movements.values()) {
            sum += amount;
        }
        return sum == closingCash;
    }
}
