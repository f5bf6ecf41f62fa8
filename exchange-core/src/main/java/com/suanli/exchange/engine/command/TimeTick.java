package com.suanli.exchange.engine.command;

/** Lets time pass with nothing else happening: GTD orders expire and finished bars close. */
public record TimeTick(long timestamp) implements Command {
}
