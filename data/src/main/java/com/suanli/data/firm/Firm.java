package com.suanli.data.firm;

import java.util.Objects;

/**
 * A firm at the exchange.
 *
 * @param code short unique code, letters, digits, '-' or '_', e.g. {@code SCC}
 */
public record Firm(String code, String name, FirmRole role) {

    public Firm {
        code = Codes.require("code", code);
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
    }
}
