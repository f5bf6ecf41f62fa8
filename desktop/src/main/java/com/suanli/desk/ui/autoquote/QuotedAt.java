package com.suanli.desk.ui.autoquote;

import java.util.Objects;

/** The quote the auto-quoter last sent, with the fair value and the position it was made at. */
public record QuotedAt(double fairTicks, long position, TwoSidedQuote quote) {

    public QuotedAt {
        Objects.requireNonNull(quote, "quote");
    }
}
