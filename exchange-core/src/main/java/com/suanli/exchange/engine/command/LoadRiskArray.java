package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

import java.util.List;

/**
 * Operator, at each settlement: a contract's new SPAN risk array, the loss of one long lot in fen
 * in each of the 16 scenarios, computed outside the core by pricing. Kept as a list so the
 * command is a value (equal arrays, equal commands).
 */
public record LoadRiskArray(long timestamp, int instrumentId, List<Long> losses) implements Command {
    public LoadRiskArray {
        losses = List.copyOf(losses);
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.LOAD_RISK_ARRAY;
    }
}
