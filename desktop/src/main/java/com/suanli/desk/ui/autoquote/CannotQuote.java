package com.suanli.desk.ui.autoquote;

/** The auto-quoter cannot quote now (no fair value from its source, a quote below one tick); the message says why. */
public final class CannotQuote extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CannotQuote(String message) {
        super(message);
    }
}
