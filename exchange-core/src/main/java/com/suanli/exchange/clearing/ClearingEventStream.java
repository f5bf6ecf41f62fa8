package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.AccountDefaulted;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.AccountOpened;
import com.suanli.exchange.engine.event.ClaimPaid;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.ContractExpired;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.DeliveryStatus;
import com.suanli.exchange.engine.event.DefaultFundCharged;
import com.suanli.exchange.engine.event.DefaultResolved;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.FinalPriceMethod;
import com.suanli.exchange.engine.event.FirmRegistered;
import com.suanli.exchange.engine.event.IndexMethod;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.event.MarginCallMet;
import com.suanli.exchange.engine.event.MarginCalled;
import com.suanli.exchange.engine.event.OutageReported;
import com.suanli.exchange.engine.event.PolicyExpired;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.PolicyWritten;
import com.suanli.exchange.engine.event.SettlementMethod;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.listing.Hub;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Publishes the clearing house's events as records into an {@link EventSink}, each numbered by
 * {@code nextSequence}: the sequencer's own counter, so clearing events take their place in the
 * exchange's one gap-free stream beside the engine's.
 */
public final class ClearingEventStream implements ClearingEvents {

    private final LongSupplier nextSequence;
    private final EventSink sink;

    public ClearingEventStream(LongSupplier nextSequence, EventSink sink) {
        this.nextSequence = Objects.requireNonNull(nextSequence, "nextSequence");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void firmRegistered(long timestamp, long firmId, String name) {
        sink.onEvent(new FirmRegistered(nextSequence.getAsLong(), timestamp, firmId, name));
    }

    @Override
    public void accountOpened(long timestamp, long account, long firmId, AccountKind kind) {
        sink.onEvent(new AccountOpened(nextSequence.getAsLong(), timestamp, account, firmId, kind));
    }

    @Override
    public void cashMoved(long timestamp, long entryId, CashReason reason, long reference, long debitAccount,
                          long creditAccount, long amount, long debitBalance, long creditBalance) {
        sink.onCashMoved(nextSequence.getAsLong(), timestamp, entryId, reason, reference, debitAccount, creditAccount,
                amount, debitBalance, creditBalance);
    }

    @Override
    public void positionChanged(long timestamp, long account, int instrumentId, long tradeId, long netLots,
                                long openCost, long realisedPnl) {
        sink.onPositionChanged(nextSequence.getAsLong(), timestamp, account, instrumentId, tradeId, netLots, openCost,
                realisedPnl);
    }

    @Override
    public void marginChanged(long timestamp, long account, long maintenance, long initial) {
        sink.onMarginRequirementChanged(nextSequence.getAsLong(), timestamp, account, maintenance, initial);
    }

    @Override
    public void settlementPricePublished(long timestamp, long settlementId, int instrumentId, LocalDate businessDay,
                                         long price, SettlementMethod method, long windowLots, long bestBid,
                                         long bestAsk) {
        sink.onEvent(new SettlementPricePublished(nextSequence.getAsLong(), timestamp, settlementId, instrumentId,
                businessDay, price, method, windowLots, bestBid, bestAsk));
    }

    @Override
    public void indexPublished(long timestamp, String productCode, Hub hub, LocalDate day, long value,
                               IndexMethod method, long lots, int trades, int excludedTrades, int version) {
        sink.onEvent(new IndexPublished(nextSequence.getAsLong(), timestamp, productCode, hub, day, value, method, lots,
                trades, excludedTrades, version));
    }

    @Override
    public void contractExpired(long timestamp, long settlementId, int instrumentId, LocalDate day, long price,
                                FinalPriceMethod method, long openLots, int indexDays, int carriedDays) {
        sink.onEvent(new ContractExpired(nextSequence.getAsLong(), timestamp, settlementId, instrumentId, day, price,
                method, openLots, indexDays, carriedDays));
    }

    @Override
    public void deliveryChanged(long timestamp, long deliveryId, int instrumentId, long providerAccount,
                                long consumerAccount, LocalDate firstDay, LocalDate lastDay, long units, long price,
                                DeliveryStatus status, long deliveredUnits, long failedUnits, long paid, long penalty,
                                long certificates) {
        sink.onEvent(new DeliveryChanged(nextSequence.getAsLong(), timestamp, deliveryId, instrumentId, providerAccount,
                consumerAccount, firstDay, lastDay, units, price, status, deliveredUnits, failedUnits, paid, penalty,
                certificates));
    }

    @Override
    public void marginCalled(long timestamp, long callId, long account, long cash, long maintenance, long initial,
                             long amount, long deadline) {
        sink.onEvent(new MarginCalled(nextSequence.getAsLong(), timestamp, callId, account, cash, maintenance, initial,
                amount, deadline));
    }

    @Override
    public void marginCallMet(long timestamp, long callId, long account, long cash, long initial) {
        sink.onEvent(new MarginCallMet(nextSequence.getAsLong(), timestamp, callId, account, cash, initial));
    }

    @Override
    public void accountDefaulted(long timestamp, long defaultId, long callId, long account, long cash, long initial) {
        sink.onEvent(new AccountDefaulted(nextSequence.getAsLong(), timestamp, defaultId, callId, account, cash,
                initial));
    }

    @Override
    public void defaultFundCharged(long timestamp, long defaultId, long account, long amount, long contribution) {
        sink.onEvent(new DefaultFundCharged(nextSequence.getAsLong(), timestamp, defaultId, account, amount,
                contribution));
    }

    @Override
    public void defaultResolved(long timestamp, long defaultId, long account, long marginUsed, long ownContribution,
                                long exchangeCapital, long mutualised, long uncovered) {
        sink.onEvent(new DefaultResolved(nextSequence.getAsLong(), timestamp, defaultId, account, marginUsed,
                ownContribution, exchangeCapital, mutualised, uncovered));
    }

    @Override
    public void policyWritten(long timestamp, long policyId, long holderAccount, long insurerAccount, PolicyKind kind,
                              String productCode, Hub hub, LocalDate firstDay, LocalDate lastDay, long units,
                              long trigger, long limit, long premium) {
        sink.onEvent(new PolicyWritten(nextSequence.getAsLong(), timestamp, policyId, holderAccount, insurerAccount,
                kind, productCode, hub, firstDay, lastDay, units, trigger, limit, premium));
    }

    @Override
    public void outageReported(long timestamp, long outageId, String productCode, Hub hub, long start, long end,
                               long unitsOffline, long hubUnits, long unitPrice) {
        sink.onEvent(new OutageReported(nextSequence.getAsLong(), timestamp, outageId, productCode, hub, start, end,
                unitsOffline, hubUnits, unitPrice));
    }

    @Override
    public void claimPaid(long timestamp, long claimId, long policyId, long holderAccount, long insurerAccount,
                          long outageId, LocalDate day, long loss, long amount, long paidToDate) {
        sink.onEvent(new ClaimPaid(nextSequence.getAsLong(), timestamp, claimId, policyId, holderAccount,
                insurerAccount, outageId, day, loss, amount, paidToDate));
    }

    @Override
    public void policyExpired(long timestamp, long policyId, long paid, long released) {
        sink.onEvent(new PolicyExpired(nextSequence.getAsLong(), timestamp, policyId, paid, released));
    }
}
