package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.DeliveryStatus;
import com.suanli.exchange.engine.event.FinalPriceMethod;
import com.suanli.exchange.engine.event.IndexMethod;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.SettlementMethod;
import com.suanli.exchange.listing.Hub;

import java.time.LocalDate;

/**
 * Where the clearing house tells what it did, one call per event, in the order they happen,
 * with primitive arguments so that a listener that keeps nothing costs nothing
 * ({@link #NONE}). {@link ClearingEventStream} turns the calls into sequenced
 * {@link com.suanli.exchange.engine.event.ClearingEvent} records in the exchange's one stream,
 * numbered by the caller. Amounts are fen, prices ticks, quantities lots.
 */
public interface ClearingEvents {

    ClearingEvents NONE = new ClearingEvents() { };

    default void firmRegistered(long timestamp, long firmId, String name) {
    }

    default void accountOpened(long timestamp, long account, long firmId, AccountKind kind) {
    }

    /** A ledger entry; see {@link com.suanli.exchange.engine.event.CashMoved}. */
    default void cashMoved(long timestamp, long entryId, CashReason reason, long reference, long debitAccount,
                           long creditAccount, long amount, long debitBalance, long creditBalance) {
    }

    default void positionChanged(long timestamp, long account, int instrumentId, long tradeId, long netLots,
                                 long openCost, long realisedPnl) {
    }

    default void marginChanged(long timestamp, long account, long maintenance, long initial) {
    }

    default void settlementPricePublished(long timestamp, long settlementId, int instrumentId, LocalDate businessDay,
                                          long price, SettlementMethod method, long windowLots, long bestBid,
                                          long bestAsk) {
    }

    default void indexPublished(long timestamp, String productCode, Hub hub, LocalDate day, long value,
                                IndexMethod method, long lots, int trades, int excludedTrades, int version) {
    }

    /** See {@link com.suanli.exchange.engine.event.ContractExpired}. */
    default void contractExpired(long timestamp, long settlementId, int instrumentId, LocalDate day, long price,
                                 FinalPriceMethod method, long openLots, int indexDays, int carriedDays) {
    }

    /** See {@link com.suanli.exchange.engine.event.DeliveryChanged}. */
    default void deliveryChanged(long timestamp, long deliveryId, int instrumentId, long providerAccount,
                                 long consumerAccount, LocalDate firstDay, LocalDate lastDay, long units, long price,
                                 DeliveryStatus status, long deliveredUnits, long failedUnits, long paid, long penalty,
                                 long certificates) {
    }

    default void marginCalled(long timestamp, long callId, long account, long cash, long maintenance, long initial,
                              long amount, long deadline) {
    }

    default void marginCallMet(long timestamp, long callId, long account, long cash, long initial) {
    }

    default void accountDefaulted(long timestamp, long defaultId, long callId, long account, long cash, long initial) {
    }

    default void defaultFundCharged(long timestamp, long defaultId, long account, long amount, long contribution) {
    }

    default void defaultResolved(long timestamp, long defaultId, long account, long marginUsed, long ownContribution,
                                 long exchangeCapital, long mutualised, long uncovered) {
    }

    /** See {@link com.suanli.exchange.engine.event.PolicyWritten}. */
    default void policyWritten(long timestamp, long policyId, long holderAccount, long insurerAccount, PolicyKind kind,
                               String productCode, Hub hub, LocalDate firstDay, LocalDate lastDay, long units,
                               long trigger, long limit, long premium) {
    }

    /** See {@link com.suanli.exchange.engine.event.OutageReported}. */
    default void outageReported(long timestamp, long outageId, String productCode, Hub hub, long start, long end,
                                long unitsOffline, long hubUnits, long unitPrice) {
    }

    /** See {@link com.suanli.exchange.engine.event.ClaimPaid}. */
    default void claimPaid(long timestamp, long claimId, long policyId, long holderAccount, long insurerAccount,
                           long outageId, LocalDate day, long loss, long amount, long paidToDate) {
    }

    /** See {@link com.suanli.exchange.engine.event.PolicyExpired}. */
    default void policyExpired(long timestamp, long policyId, long paid, long released) {
    }
}
