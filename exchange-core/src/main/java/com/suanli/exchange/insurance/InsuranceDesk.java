package com.suanli.exchange.insurance;

import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingOutcome;
import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Insurance policies on the exchange, driven by the clearing house on the sequencer thread: writes
 * policies (the premium paid through the ledger, the limit held back from the insurer's free
 * cash), settles claims from reported outages and index fixings, and ends policies once their
 * index is fixed past their cover. Each command is applied whole or refused whole; time is checked
 * by the house before it calls.
 */
public final class InsuranceDesk {

    /**
     * One policy: its terms, when its cover begins (the start of its first day, or when it was
     * written if later: a cover never pays for hours before it was bought), the unit value of its
     * spot contract, and what changes.
     */
    static final class Cover {
        final PolicyTerms terms;
        final long from;
        final long tickValue;
        final long contractSize;
        long paid;
        boolean live = true;

        Cover(PolicyTerms terms, long from, long tickValue, long contractSize) {
            this.terms = terms;
            this.from = from;
            this.tickValue = tickValue;
            this.contractSize = contractSize;
        }

        boolean covers(PolicyKind kind, String productCode, Hub hub) {
            return live && terms.kind() == kind && terms.hub() == hub && terms.productCode().equals(productCode);
        }
    }

    private final InsuredHouse house;
    private final ClearingEvents events;
    final List<Cover> covers = new ArrayList<>();
    long outages;
    long claims;
    /** Collateral held back per insurer account index, fen. */
    private long[] held = new long[16];

    public InsuranceDesk(InsuredHouse house, ClearingEvents events) {
        this.house = house;
        this.events = events;
    }

    /** Writes a policy at {@code timestamp}: the holder pays the premium, the insurer's limit is held back. */
    public ClearingOutcome write(long timestamp, PolicyTerms terms) {
        int holder = house.account(terms.holderAccount());
        int insurer = house.account(terms.insurerAccount());
        ClearingOutcome refused = checkParty(holder, terms.holderAccount(), "holderAccount");
        if (refused == null) {
            refused = checkParty(insurer, terms.insurerAccount(), "insurerAccount");
        }
        if (refused != null) {
            return refused;
        }
        ContractSpec spot = house.standardSpot(terms.productCode(), terms.hub());
        if (spot == null || house.indexNow(terms.productCode(), terms.hub()) == 0) {
            return refuse(RejectReason.UNKNOWN_INDEX, "productCode, hub: no spot contract and index of "
                    + terms.productCode() + " at " + terms.hub() + " to insure");
        }
        LocalDate today = ClaimFormula.shanghaiDay(timestamp);
        if (terms.firstDay().isBefore(today)) {
            return refuse(RejectReason.FIELD_INVALID, "firstDay: " + terms.firstDay()
                    + " is before the day the policy is written, " + today);
        }
        long holderFree = house.freeCash(holder);
        if (terms.premium() > holderFree) {
            return refuse(RejectReason.INSUFFICIENT_FREE_CASH, "premium: " + cny(terms.premium())
                    + " exceeds the free cash " + cny(holderFree) + " of holder account " + terms.holderAccount());
        }
        long insurerFree = house.freeCash(insurer);
        if (terms.limit() > insurerFree + terms.premium()) {
            return refuse(RejectReason.INSUFFICIENT_FREE_CASH, "limit: the collateral " + cny(terms.limit())
                    + " exceeds the free cash " + cny(insurerFree) + " of insurer account " + terms.insurerAccount()
                    + " with the premium " + cny(terms.premium()));
        }
        covers.add(new Cover(terms, ClaimFormula.coverFrom(terms.firstDay(), timestamp), spot.tickValueFen(),
                spot.contractSize()));
        long policyId = covers.size();
        events.policyWritten(timestamp, policyId, terms.holderAccount(), terms.insurerAccount(), terms.kind(),
                terms.productCode(), terms.hub(), terms.firstDay(), terms.lastDay(), terms.units(), terms.trigger(),
                terms.limit(), terms.premium());
        house.post(timestamp, CashReason.INSURANCE_PREMIUM, policyId, holder, insurer, terms.premium());
        hold(insurer, terms.limit());
        return ClearingOutcome.ACCEPTED;
    }

    /**
     * A monitored outage: {@code unitsOffline} of {@code hubUnits} GPUs down from {@code start} to
     * {@code end}. Every live outage cover of the product at the hub pays its claim at once, the
     * lost GPU-hours valued at the hub's index now.
     */
    public ClearingOutcome reportOutage(long timestamp, String productCode, Hub hub, long start, long end,
                                        long unitsOffline, long hubUnits) {
        long unitPrice = productCode == null || hub == null ? 0 : house.indexNow(productCode, hub);
        String where = " (outage of " + productCode + " at " + hub + ")";
        if (unitPrice == 0) {
            return refuse(RejectReason.UNKNOWN_INDEX, "productCode, hub: no spot index of " + productCode + " at " + hub);
        }
        if (hubUnits <= 0 || hubUnits > PolicyTerms.MAX_UNITS) {
            return refuse(RejectReason.FIELD_INVALID, "hubUnits: must be 1 to " + PolicyTerms.MAX_UNITS + ", was "
                    + hubUnits + where);
        }
        if (unitsOffline <= 0 || unitsOffline > hubUnits) {
            return refuse(RejectReason.FIELD_INVALID, "unitsOffline: must be 1 to the hub's " + hubUnits + ", was "
                    + unitsOffline + where);
        }
        if (start > timestamp) {
            return refuse(RejectReason.FIELD_INVALID, "start: " + start + " is after the report's time " + timestamp
                    + where);
        }
        if (end <= start || end - start > PolicyTerms.MAX_DAYS * ClaimFormula.DAY) {
            return refuse(RejectReason.FIELD_INVALID, "end: must be after start " + start + " and within "
                    + PolicyTerms.MAX_DAYS + " days of it, was " + end + where);
        }
        long outageId = ++outages;
        events.outageReported(timestamp, outageId, productCode, hub, start, end, unitsOffline, hubUnits, unitPrice);
        LocalDate day = ClaimFormula.shanghaiDay(start);
        for (int p = 0; p < covers.size(); p++) {
            Cover cover = covers.get(p);
            if (cover.covers(PolicyKind.OUTAGE_COVER, productCode, hub)) {
                PolicyTerms terms = cover.terms;
                long payable = ClaimFormula.payableMillis(start, end, cover.from, terms.lastDay(), terms.trigger());
                long loss = ClaimFormula.outageLoss(terms.units(), unitsOffline, hubUnits, payable, unitPrice,
                        cover.tickValue, cover.contractSize);
                pay(timestamp, p, outageId, day, loss);
            }
        }
        return ClearingOutcome.ACCEPTED;
    }

    /**
     * The index of {@code productCode} at {@code hub} was fixed for {@code day} at {@code value}
     * ticks: the live caps covering the day pay the fixing above their strike, then the policies
     * of the index whose cover ended before the day expire.
     */
    public void indexFixed(long timestamp, String productCode, Hub hub, LocalDate day, long value) {
        for (int p = 0; p < covers.size(); p++) {
            Cover cover = covers.get(p);
            PolicyTerms terms = cover.terms;
            if (cover.covers(PolicyKind.PRICE_SPIKE_CAP, productCode, hub) && !day.isBefore(terms.firstDay())
                    && !day.isAfter(terms.lastDay())) {
                pay(timestamp, p, 0, day, ClaimFormula.capLoss(value, terms.trigger(), terms.units(), cover.tickValue,
                        cover.contractSize));
            }
        }
        for (int p = 0; p < covers.size(); p++) {
            Cover cover = covers.get(p);
            if (cover.live && cover.terms.hub() == hub && cover.terms.productCode().equals(productCode)
                    && day.isAfter(cover.terms.lastDay())) {
                cover.live = false;
                long released = cover.terms.limit() - cover.paid;
                hold(house.account(cover.terms.insurerAccount()), -released);
                events.policyExpired(timestamp, p + 1, cover.paid, released);
            }
        }
    }

    private void pay(long timestamp, int p, long outageId, LocalDate day, long loss) {
        Cover cover = covers.get(p);
        long amount = Math.min(loss, cover.terms.limit() - cover.paid);
        if (amount <= 0) {
            return;
        }
        int insurer = house.account(cover.terms.insurerAccount());
        house.post(timestamp, CashReason.INSURANCE_CLAIM, p + 1, insurer, house.account(cover.terms.holderAccount()),
                amount);
        cover.paid += amount;
        hold(insurer, -amount);
        events.claimPaid(timestamp, ++claims, p + 1, cover.terms.holderAccount(), cover.terms.insurerAccount(), outageId,
                day, loss, amount, cover.paid);
    }

    /** What account index {@code account} holds back as collateral for the policies it wrote, fen. */
    public long collateral(int account) {
        return account < held.length ? held[account] : 0;
    }

    /** Every policy as it stands, in the order written (policy ids from 1). */
    public List<Policy> policies() {
        List<Policy> all = new ArrayList<>(covers.size());
        for (int p = 0; p < covers.size(); p++) {
            Cover cover = covers.get(p);
            all.add(new Policy(p + 1, cover.terms, cover.paid, cover.live));
        }
        return all;
    }

    /** An order-sensitive hash of every policy with what it paid, and the outage and claim counters. */
    public long stateHash() {
        long h = StateHash.mix(StateHash.mix(outages, claims), covers.size());
        for (Cover cover : covers) {
            PolicyTerms t = cover.terms;
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, t.holderAccount()), t.insurerAccount()), t.kind().ordinal());
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, t.productCode().hashCode()), t.hub().ordinal()),
                    t.firstDay().toEpochDay());
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, t.lastDay().toEpochDay()), t.units()), t.trigger());
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, t.limit()), t.premium()), cover.tickValue);
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, cover.contractSize), cover.paid), cover.live ? 1 : 0);
            h = StateHash.mix(h, cover.from);
        }
        return h;
    }

    /** Writes the policies for the clearing section of a snapshot. */
    public void writeSnapshot(DataOutput out) throws IOException {
        InsuranceSnapshot.write(this, out);
    }

    /** Reads what {@link #writeSnapshot} wrote into this empty desk, over the house restored so far. */
    public void readSnapshot(DataInput in) throws IOException {
        InsuranceSnapshot.read(this, house, in);
    }

    /** Adds a restored policy, holding back its collateral if live. */
    void restored(Cover cover) {
        covers.add(cover);
        if (cover.live) {
            hold(house.account(cover.terms.insurerAccount()), cover.terms.limit() - cover.paid);
        }
    }

    private ClearingOutcome checkParty(int index, long account, String field) {
        if (index == InsuredHouse.NONE) {
            return refuse(RejectReason.UNKNOWN_ACCOUNT, field + ": no account " + account);
        }
        if (!house.kind(index).trades()) {
            return refuse(RejectReason.ACCOUNT_KIND_NOT_ALLOWED, field + ": " + account + " is a " + house.kind(index)
                    + " account; only members' accounts hold or write insurance");
        }
        if (house.inDefault(index)) {
            return refuse(RejectReason.ACCOUNT_IN_DEFAULT, field + ": " + account
                    + " is in default and may take on no new policy");
        }
        return null;
    }

    private void hold(int account, long amount) {
        if (account >= held.length) {
            held = Arrays.copyOf(held, Math.max(account + 1, held.length * 2));
        }
        held[account] += amount;
    }

    private static ClearingOutcome refuse(RejectReason reason, String message) {
        return new ClearingOutcome(false, reason, message);
    }

    private static String cny(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString() + " CNY";
    }
}
