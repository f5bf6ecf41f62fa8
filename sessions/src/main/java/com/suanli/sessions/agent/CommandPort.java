package com.suanli.sessions.agent;

import com.suanli.exchange.engine.command.Command;

/** Where an agent's commands go: straight into an engine headless, through the exchange host in the workstation. */
@FunctionalInterface
public interface CommandPort {

    void submit(Command command);
}
