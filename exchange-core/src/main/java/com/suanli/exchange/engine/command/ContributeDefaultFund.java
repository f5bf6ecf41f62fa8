package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/**
 * Operator: {@code amount} fen of {@code account}'s free cash paid into the default fund, as the
 * member's contribution; {@code reference} is the operator's. Contributions meet a default's
 * loss in the waterfall (docs/CLEARING.md, "Default waterfall").
 */
public record ContributeDefaultFund(long timestamp, long account, long amount, long reference) implements Command {
    @Override
    public RejectedCommand kind() {
        return RejectedCommand.CONTRIBUTE_DEFAULT_FUND;
    }
}
