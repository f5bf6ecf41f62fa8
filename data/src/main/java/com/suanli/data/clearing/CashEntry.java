package com.suanli.data.clearing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One movement of money on an account.
 *
 * @param entryId the ledger's number for it; 0 for an entry not yet booked
 * @param amount + credit to the account, - debit; at most two decimals, kept with two
 * @param sequence the engine event it books, or null for a movement the engine did not cause (a deposit)
 * @param reference what a statement shows beside it
 */
public record CashEntry(long entryId, long account, LocalDate businessDate, CashKind kind, BigDecimal amount,
                        String currency, Long sequence, String reference) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public CashEntry {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        amount = Money.cents("amount", amount);
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("amount: must not be 0");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency: must be three capital letters like CNY, was '" + currency + "'");
        }
    }

    /** An entry to book: the ledger numbers it. */
    public static CashEntry of(long account, LocalDate businessDate, CashKind kind, BigDecimal amount, String currency,
                               Long sequence, String reference) {
        return new CashEntry(0, account, businessDate, kind, amount, currency, sequence, reference);
    }
}
