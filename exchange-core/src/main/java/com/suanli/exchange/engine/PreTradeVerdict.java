package com.suanli.exchange.engine;

import java.util.Objects;

/** What a {@link PreTradeCheck} says about an order: allowed, or refused with a message. */
public record PreTradeVerdict(boolean allowed, String message) {

    public static final PreTradeVerdict ALLOW = new PreTradeVerdict(true, "");

    public PreTradeVerdict {
        Objects.requireNonNull(message, "message");
        if (!allowed && message.isBlank()) {
            throw new IllegalArgumentException("message: a refusal must say why");
        }
    }

    public static PreTradeVerdict refuse(String message) {
        return new PreTradeVerdict(false, message);
    }
}
