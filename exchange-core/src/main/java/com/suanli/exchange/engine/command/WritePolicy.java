package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.Hub;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Writes an insurance policy (docs/INSURANCE.md, "The contract on the exchange"):
 * {@code insurerAccount} covers {@code holderAccount} for {@code policyKind} on {@code productCode} at
 * {@code hub} from {@code firstDay} to {@code lastDay} (Shanghai days, both included), for
 * {@code units} (GPUs covered by an outage cover; GPU-hours a day of a price-spike cap), with
 * {@code trigger} (an outage cover's deductible in minutes of each outage; a cap's strike in
 * ticks), paying at most {@code limit} fen in all. The holder pays {@code premium} fen at once: the
 * price quoted outside the core by the pricing library, carried here. The insurer's free cash,
 * with the premium, must cover the limit, which is held back as collateral until the policy ends.
 */
public record WritePolicy(long timestamp, long holderAccount, long insurerAccount, PolicyKind policyKind,
                          String productCode, Hub hub, LocalDate firstDay, LocalDate lastDay, long units, long trigger,
                          long limit, long premium) implements Command {
    public WritePolicy {
        Objects.requireNonNull(policyKind, "policyKind");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.WRITE_POLICY;
    }

    @Override
    public long account() {
        return holderAccount;
    }
}
