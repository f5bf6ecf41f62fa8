package com.suanli.gateway.order;

/** A message the gateway refuses before the exchange sees it, with the FIX reason code and the words for Text (58). */
final class Refused extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;

    Refused(int code, String text) {
        super(text, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
