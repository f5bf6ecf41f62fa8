package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.clearing.AccountLimits;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.clearing.ClearingOutcome;
import com.suanli.exchange.clearing.FeeRate;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.ContributeDefaultFund;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.Expire;
import com.suanli.exchange.engine.command.LoadRiskArray;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.PublishIndex;
import com.suanli.exchange.engine.command.RegisterCapacity;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.SetAccountLimits;
import com.suanli.exchange.engine.command.SetCreditLimit;
import com.suanli.exchange.engine.command.ReportDelivery;
import com.suanli.exchange.engine.command.ReportOutage;
import com.suanli.exchange.engine.command.SetDeliveryTerms;
import com.suanli.exchange.engine.command.SetFees;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.Withdraw;
import com.suanli.exchange.engine.command.WritePolicy;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.insurance.PolicyTerms;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.margin.RiskArray;

/**
 * The clearing commands, on the sequencer thread: each goes to the clearing house at the engine
 * time, and a refusal becomes a {@code CommandRejected} with the house's {@link RejectReason} and
 * its message (field, value, account). The house applies a
 * command whole or not at all, so a refusal changes nothing. Settlement and index fixings take
 * the closing best bid and offer from the engine's books.
 */
final class ClearingDesk {
    private final EventLog log;
    /** Null for an engine without clearing: every clearing command is then refused. */
    private final ClearingHouse house;
    private final Instrument[] instruments;
    private final LongMap<Instrument> byId;

    ClearingDesk(EventLog log, ClearingHouse house, Instrument[] instruments, LongMap<Instrument> byId) {
        this.log = log;
        this.house = house;
        this.instruments = instruments;
        this.byId = byId;
    }

    void act(Command command) {
        if (house == null) {
            log.reject(command, new Rejection(RejectReason.NO_CLEARING_HOUSE, "command: " + command.kind()
                    + " needs a clearing house and this engine has none"));
            return;
        }
        ClearingOutcome outcome = apply(command, log.now);
        if (!outcome.accepted()) {
            log.reject(command, new Rejection(outcome.reason(), outcome.message()));
        }
    }

    private ClearingOutcome apply(Command command, long t) {
        if (command instanceof RegisterFirm f) {
            return house.registerFirm(t, f.firmId(), f.name());
        } else if (command instanceof OpenAccount a) {
            return house.openAccount(t, a.account(), a.firmId(), a.accountKind());
        } else if (command instanceof Deposit d) {
            return house.deposit(t, d.account(), d.amount(), d.reference());
        } else if (command instanceof Withdraw w) {
            return house.withdraw(t, w.account(), w.amount(), w.reference());
        } else if (command instanceof SetFees f) {
            return setFees(f, t);
        } else if (command instanceof LoadRiskArray r) {
            return loadRiskArray(r, t);
        } else if (command instanceof ContributeDefaultFund c) {
            return house.contributeDefaultFund(t, c.account(), c.amount(), c.reference());
        } else if (command instanceof Settle s) {
            Instrument in = byId.get(s.instrumentId());
            return house.settle(t, s.instrumentId(), s.businessDay(), best(in, true), best(in, false),
                    s.operatorPrice());
        } else if (command instanceof Expire e) {
            return house.expire(t, e.instrumentId(), e.day());
        } else if (command instanceof ReportDelivery r) {
            return house.reportDelivery(t, r.deliveryId(), r.deliveredUnits(), r.failedUnits());
        } else if (command instanceof SetDeliveryTerms d) {
            return house.setDeliveryTerms(t, d.productCode(), d.hub(), d.penaltyBps(), d.energyMilliWhPerUnit(),
                    d.gridGramsPerMwh());
        }
        if (command instanceof SetAccountLimits l) {
            return setAccountLimits(l, t);
        } else if (command instanceof SetCreditLimit c) {
            return house.setCreditLimit(t, c.firmId(), c.creditLimit());
        } else if (command instanceof RegisterCapacity c) {
            return house.registerCapacity(t, c.account(), c.productCode(), c.hub(), c.deliveryDay(), c.units());
        }
        if (command instanceof WritePolicy w) {
            return writePolicy(w, t);
        } else if (command instanceof ReportOutage o) {
            return house.reportOutage(t, o.productCode(), o.hub(), o.start(), o.end(), o.unitsOffline(), o.hubUnits());
        }
        PublishIndex p = (PublishIndex) command;
        Instrument spot = standardSpot(p);
        return house.publishIndex(t, p.productCode(), p.hub(), p.day(), best(spot, true), best(spot, false));
    }

    private ClearingOutcome setFees(SetFees f, long t) {
        FeeRate rate;
        try {
            rate = new FeeRate(f.makerPerLot(), f.takerPerLot());
        } catch (IllegalArgumentException e) {
            // The rate's own rule, stated once in FeeRate, names the field.
            return new ClearingOutcome(false, RejectReason.FIELD_INVALID, e.getMessage());
        }
        return house.setFees(t, f.productCode(), rate);
    }

    private ClearingOutcome writePolicy(WritePolicy w, long t) {
        PolicyTerms terms;
        try {
            terms = new PolicyTerms(w.holderAccount(), w.insurerAccount(), w.policyKind(), w.productCode(), w.hub(),
                    w.firstDay(), w.lastDay(), w.units(), w.trigger(), w.limit(), w.premium());
        } catch (IllegalArgumentException e) {
            return new ClearingOutcome(false, RejectReason.FIELD_INVALID, e.getMessage() + " (policy of holder account "
                    + w.holderAccount() + ")");
        }
        return house.writePolicy(t, terms);
    }

    private ClearingOutcome setAccountLimits(SetAccountLimits l, long t) {
        AccountLimits limits;
        try {
            limits = new AccountLimits(l.maxOrderLots(), l.maxPositionLots(), l.maxGrossLots(), l.maxWorkingOrders(),
                    l.collarBps());
        } catch (IllegalArgumentException e) {
            return new ClearingOutcome(false, RejectReason.FIELD_INVALID, e.getMessage() + " (account " + l.account() + ")");
        }
        return house.setAccountLimits(t, l.account(), limits);
    }

    private ClearingOutcome loadRiskArray(LoadRiskArray r, long t) {
        long[] losses = new long[r.losses().size()];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = r.losses().get(i);
        }
        RiskArray array;
        try {
            array = new RiskArray(losses);
        } catch (IllegalArgumentException e) {
            return new ClearingOutcome(false, RejectReason.FIELD_INVALID, e.getMessage());
        }
        return house.loadRiskArray(t, r.instrumentId(), array);
    }

    /** The standard (not green) spot contract of the index's product and hub, or null. */
    private Instrument standardSpot(PublishIndex p) {
        for (Instrument in : instruments) {
            if (in.spec.kind() == ContractKind.SPOT && !in.spec.green() && in.spec.hub() == p.hub()
                    && in.spec.product().code().equals(p.productCode())) {
                return in;
            }
        }
        return null;
    }

    /** The best bid or offer in ticks now, 0 when there is none (or no such instrument). */
    private static long best(Instrument in, boolean bid) {
        if (in == null) {
            return 0;
        }
        long price = bid ? in.book.bestBid() : in.book.bestAsk();
        return price == OrderBook.NO_PRICE ? 0 : price;
    }
}
