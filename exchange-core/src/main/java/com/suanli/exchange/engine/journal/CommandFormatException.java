package com.suanli.exchange.engine.journal;

/** Bytes that are not a command in the journal format; the message names the offset and the field. */
public final class CommandFormatException extends IllegalArgumentException {
    public CommandFormatException(String message) {
        super(message);
    }
}
