package com.suanli.gateway.entry;

import com.suanli.exchange.engine.command.Command;

/** A command waiting for its time: the exchange, not the client, says when a command happened. */
@FunctionalInterface
public interface StampedCommand {

    /** The command at {@code timestamp}, epoch milliseconds. */
    Command at(long timestamp);
}
