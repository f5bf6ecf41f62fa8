package com.suanli.data.firm;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A trading account of a firm.
 *
 * @param id the engine's account id, &gt; 0
 * @param currency ISO 4217 code of the account's cash, e.g. {@code CNY}
 * @param open whether it may trade
 */
public record Account(long id, String firmCode, String name, AccountKind kind, String currency, boolean open) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Account {
        if (id <= 0) {
            throw new IllegalArgumentException("id: must be > 0, was " + id);
        }
        firmCode = Codes.require("firm", firmCode);
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency: must be three capital letters like CNY, was '" + currency + "'");
        }
    }
}
