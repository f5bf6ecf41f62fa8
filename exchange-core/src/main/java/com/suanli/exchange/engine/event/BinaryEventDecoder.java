package com.suanli.exchange.engine.event;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Hub;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Reads events back from their canonical encoding ({@link EventEncoder}, {@link BinaryEventEncoder}): each is its
 * type tag, then its fields in the order written. The replicated exchange's feed carries events so encoded, and a
 * client reads them here instead of running an engine of its own (docs/CLUSTER.md, "The feed").
 */
public final class BinaryEventDecoder {

    private static final AccountKind[] ENUM_ACCOUNT_KIND = AccountKind.values();
    private static final Aggressor[] ENUM_AGGRESSOR = Aggressor.values();
    private static final CancelReason[] ENUM_CANCEL_REASON = CancelReason.values();
    private static final CashReason[] ENUM_CASH_REASON = CashReason.values();
    private static final DeliveryStatus[] ENUM_DELIVERY_STATUS = DeliveryStatus.values();
    private static final FinalPriceMethod[] ENUM_FINAL_PRICE_METHOD = FinalPriceMethod.values();
    private static final Hub[] ENUM_HUB = Hub.values();
    private static final IndexMethod[] ENUM_INDEX_METHOD = IndexMethod.values();
    private static final OrderType[] ENUM_ORDER_TYPE = OrderType.values();
    private static final PolicyKind[] ENUM_POLICY_KIND = PolicyKind.values();
    private static final RejectReason[] ENUM_REJECT_REASON = RejectReason.values();
    private static final RejectedCommand[] ENUM_REJECTED_COMMAND = RejectedCommand.values();
    private static final SessionChangeCause[] ENUM_SESSION_CHANGE_CAUSE = SessionChangeCause.values();
    private static final SessionState[] ENUM_SESSION_STATE = SessionState.values();
    private static final SettlementMethod[] ENUM_SETTLEMENT_METHOD = SettlementMethod.values();
    private static final Side[] ENUM_SIDE = Side.values();
    private static final TimeInForce[] ENUM_TIME_IN_FORCE = TimeInForce.values();

    private byte[] bytes = new byte[0];
    private int at;
    private int end;

    /** Reads from {@code bytes[offset, offset + length)}, the first event at {@code offset}. */
    public BinaryEventDecoder wrap(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.at = offset;
        this.end = offset + length;
        return this;
    }

    /** Whether another event is left to read. */
    public boolean hasNext() {
        return at < end;
    }

    /** Where the next event starts. */
    public int position() {
        return at;
    }

    /**
     * The next event; the position moves past it.
     * @throws IllegalArgumentException for an unknown tag or an event that runs past the bytes
     */
    public ExchangeEvent next() {
        int tag = readByte();
        return switch (tag) {
            case AccountDefaulted.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long defaultId = readLong();
                long callId = readLong();
                long account = readLong();
                long cash = readLong();
                long initial = readLong();
                yield new AccountDefaulted(sequence, timestamp, defaultId, callId, account, cash, initial);
            }
            case AccountOpened.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long account = readLong();
                long firmId = readLong();
                AccountKind kind = readEnum(ENUM_ACCOUNT_KIND);
                yield new AccountOpened(sequence, timestamp, account, firmId, kind);
            }
            case AuctionUncrossed.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                int instrumentId = readInt();
                long price = readLong();
                long volume = readLong();
                long surplus = readLong();
                yield new AuctionUncrossed(sequence, timestamp, instrumentId, price, volume, surplus);
            }
            case BarClosed.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                int instrumentId = readInt();
                long start = readLong();
                long lengthMillis = readLong();
                long open = readLong();
                long high = readLong();
                long low = readLong();
                long close = readLong();
                long volume = readLong();
                yield new BarClosed(sequence, timestamp, instrumentId, start, lengthMillis, open, high, low, close,
                        volume);
            }
            case BestBidOfferChanged.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                int instrumentId = readInt();
                long bidPrice = readLong();
                long bidQuantity = readLong();
                long askPrice = readLong();
                long askQuantity = readLong();
                yield new BestBidOfferChanged(sequence, timestamp, instrumentId, bidPrice, bidQuantity, askPrice,
                        askQuantity);
            }
            case CashMoved.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long entryId = readLong();
                CashReason reason = readEnum(ENUM_CASH_REASON);
                long reference = readLong();
                long debitAccount = readLong();
                long creditAccount = readLong();
                long amount = readLong();
                long debitBalance = readLong();
                long creditBalance = readLong();
                yield new CashMoved(sequence, timestamp, entryId, reason, reference, debitAccount, creditAccount,
                        amount, debitBalance, creditBalance);
            }
            case ClaimPaid.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long claimId = readLong();
                long policyId = readLong();
                long holderAccount = readLong();
                long insurerAccount = readLong();
                long outageId = readLong();
                LocalDate day = LocalDate.ofEpochDay(readLong());
                long loss = readLong();
                long amount = readLong();
                long paidToDate = readLong();
                yield new ClaimPaid(sequence, timestamp, claimId, policyId, holderAccount, insurerAccount, outageId,
                        day, loss, amount, paidToDate);
            }
            case CommandRejected.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                RejectedCommand command = readEnum(ENUM_REJECTED_COMMAND);
                long account = readLong();
                long clientOrderId = readLong();
                int instrumentId = readInt();
                long orderId = readLong();
                RejectReason reason = readEnum(ENUM_REJECT_REASON);
                String message = readString();
                yield new CommandRejected(sequence, timestamp, command, account, clientOrderId, instrumentId, orderId,
                        reason, message);
            }
            case ContractExpired.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long settlementId = readLong();
                int instrumentId = readInt();
                LocalDate day = LocalDate.ofEpochDay(readLong());
                long price = readLong();
                FinalPriceMethod method = readEnum(ENUM_FINAL_PRICE_METHOD);
                long openLots = readLong();
                int indexDays = readInt();
                int carriedDays = readInt();
                yield new ContractExpired(sequence, timestamp, settlementId, instrumentId, day, price, method, openLots,
                        indexDays, carriedDays);
            }
            case DefaultFundCharged.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long defaultId = readLong();
                long account = readLong();
                long amount = readLong();
                long contribution = readLong();
                yield new DefaultFundCharged(sequence, timestamp, defaultId, account, amount, contribution);
            }
            case DefaultResolved.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long defaultId = readLong();
                long account = readLong();
                long marginUsed = readLong();
                long ownContribution = readLong();
                long exchangeCapital = readLong();
                long mutualised = readLong();
                long uncovered = readLong();
                yield new DefaultResolved(sequence, timestamp, defaultId, account, marginUsed, ownContribution,
                        exchangeCapital, mutualised, uncovered);
            }
            case DeliveryChanged.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long deliveryId = readLong();
                int instrumentId = readInt();
                long providerAccount = readLong();
                long consumerAccount = readLong();
                LocalDate firstDay = LocalDate.ofEpochDay(readLong());
                LocalDate lastDay = LocalDate.ofEpochDay(readLong());
                long units = readLong();
                long price = readLong();
                DeliveryStatus status = readEnum(ENUM_DELIVERY_STATUS);
                long deliveredUnits = readLong();
                long failedUnits = readLong();
                long paid = readLong();
                long penalty = readLong();
                long certificates = readLong();
                yield new DeliveryChanged(sequence, timestamp, deliveryId, instrumentId, providerAccount,
                        consumerAccount, firstDay, lastDay, units, price, status, deliveredUnits, failedUnits, paid,
                        penalty, certificates);
            }
            case DepthChanged.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                int instrumentId = readInt();
                long depthSequence = readLong();
                Side side = readEnum(ENUM_SIDE);
                long price = readLong();
                long quantity = readLong();
                int orderCount = readInt();
                yield new DepthChanged(sequence, timestamp, instrumentId, depthSequence, side, price, quantity,
                        orderCount);
            }
            case FirmRegistered.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long firmId = readLong();
                String name = readString();
                yield new FirmRegistered(sequence, timestamp, firmId, name);
            }
            case IndexPublished.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                String productCode = readString();
                Hub hub = readEnum(ENUM_HUB);
                LocalDate day = LocalDate.ofEpochDay(readLong());
                long value = readLong();
                IndexMethod method = readEnum(ENUM_INDEX_METHOD);
                long lots = readLong();
                int trades = readInt();
                int excludedTrades = readInt();
                int version = readInt();
                yield new IndexPublished(sequence, timestamp, productCode, hub, day, value, method, lots, trades,
                        excludedTrades, version);
            }
            case MarginCallMet.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long callId = readLong();
                long account = readLong();
                long cash = readLong();
                long initial = readLong();
                yield new MarginCallMet(sequence, timestamp, callId, account, cash, initial);
            }
            case MarginCalled.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long callId = readLong();
                long account = readLong();
                long cash = readLong();
                long maintenance = readLong();
                long initial = readLong();
                long amount = readLong();
                long deadline = readLong();
                yield new MarginCalled(sequence, timestamp, callId, account, cash, maintenance, initial, amount,
                        deadline);
            }
            case MarginRequirementChanged.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long account = readLong();
                long maintenance = readLong();
                long initial = readLong();
                yield new MarginRequirementChanged(sequence, timestamp, account, maintenance, initial);
            }
            case OrderAccepted.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long orderId = readLong();
                long account = readLong();
                long clientOrderId = readLong();
                int instrumentId = readInt();
                Side side = readEnum(ENUM_SIDE);
                OrderType type = readEnum(ENUM_ORDER_TYPE);
                TimeInForce timeInForce = readEnum(ENUM_TIME_IN_FORCE);
                long price = readLong();
                long quantity = readLong();
                long displayQuantity = readLong();
                long stopPrice = readLong();
                long expireAt = readLong();
                boolean postOnly = readByte() != 0;
                yield new OrderAccepted(sequence, timestamp, orderId, account, clientOrderId, instrumentId, side, type,
                        timeInForce, price, quantity, displayQuantity, stopPrice, expireAt, postOnly);
            }
            case OrderAmended.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long orderId = readLong();
                long account = readLong();
                int instrumentId = readInt();
                long price = readLong();
                long openQuantity = readLong();
                yield new OrderAmended(sequence, timestamp, orderId, account, instrumentId, price, openQuantity);
            }
            case OrderCancelled.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long orderId = readLong();
                long account = readLong();
                int instrumentId = readInt();
                Side side = readEnum(ENUM_SIDE);
                long cancelledQuantity = readLong();
                CancelReason reason = readEnum(ENUM_CANCEL_REASON);
                String message = readString();
                yield new OrderCancelled(sequence, timestamp, orderId, account, instrumentId, side, cancelledQuantity,
                        reason, message);
            }
            case OrderRested.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long orderId = readLong();
                long account = readLong();
                int instrumentId = readInt();
                Side side = readEnum(ENUM_SIDE);
                long price = readLong();
                long displayedQuantity = readLong();
                yield new OrderRested(sequence, timestamp, orderId, account, instrumentId, side, price,
                        displayedQuantity);
            }
            case OutageReported.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long outageId = readLong();
                String productCode = readString();
                Hub hub = readEnum(ENUM_HUB);
                long start = readLong();
                long end = readLong();
                long unitsOffline = readLong();
                long hubUnits = readLong();
                long unitPrice = readLong();
                yield new OutageReported(sequence, timestamp, outageId, productCode, hub, start, end, unitsOffline,
                        hubUnits, unitPrice);
            }
            case PolicyExpired.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long policyId = readLong();
                long paid = readLong();
                long released = readLong();
                yield new PolicyExpired(sequence, timestamp, policyId, paid, released);
            }
            case PolicyWritten.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long policyId = readLong();
                long holderAccount = readLong();
                long insurerAccount = readLong();
                PolicyKind kind = readEnum(ENUM_POLICY_KIND);
                String productCode = readString();
                Hub hub = readEnum(ENUM_HUB);
                LocalDate firstDay = LocalDate.ofEpochDay(readLong());
                LocalDate lastDay = LocalDate.ofEpochDay(readLong());
                long units = readLong();
                long trigger = readLong();
                long limit = readLong();
                long premium = readLong();
                yield new PolicyWritten(sequence, timestamp, policyId, holderAccount, insurerAccount, kind, productCode,
                        hub, firstDay, lastDay, units, trigger, limit, premium);
            }
            case PositionChanged.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long account = readLong();
                int instrumentId = readInt();
                long tradeId = readLong();
                long netLots = readLong();
                long openCost = readLong();
                long realisedPnl = readLong();
                yield new PositionChanged(sequence, timestamp, account, instrumentId, tradeId, netLots, openCost,
                        realisedPnl);
            }
            case QuoteAccepted.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long account = readLong();
                int instrumentId = readInt();
                long bidOrderId = readLong();
                long bidPrice = readLong();
                long bidQuantity = readLong();
                long askOrderId = readLong();
                long askPrice = readLong();
                long askQuantity = readLong();
                yield new QuoteAccepted(sequence, timestamp, account, instrumentId, bidOrderId, bidPrice, bidQuantity,
                        askOrderId, askPrice, askQuantity);
            }
            case ReferencePriceChanged.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                int instrumentId = readInt();
                long referencePrice = readLong();
                long bandLow = readLong();
                long bandHigh = readLong();
                yield new ReferencePriceChanged(sequence, timestamp, instrumentId, referencePrice, bandLow, bandHigh);
            }
            case SessionChanged.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                int instrumentId = readInt();
                SessionState from = readEnum(ENUM_SESSION_STATE);
                SessionState to = readEnum(ENUM_SESSION_STATE);
                SessionChangeCause cause = readEnum(ENUM_SESSION_CHANGE_CAUSE);
                yield new SessionChanged(sequence, timestamp, instrumentId, from, to, cause);
            }
            case SettlementPricePublished.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long settlementId = readLong();
                int instrumentId = readInt();
                LocalDate businessDay = LocalDate.ofEpochDay(readLong());
                long price = readLong();
                SettlementMethod method = readEnum(ENUM_SETTLEMENT_METHOD);
                long windowLots = readLong();
                long bestBid = readLong();
                long bestAsk = readLong();
                yield new SettlementPricePublished(sequence, timestamp, settlementId, instrumentId, businessDay, price,
                        method, windowLots, bestBid, bestAsk);
            }
            case StopTriggered.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long orderId = readLong();
                long account = readLong();
                int instrumentId = readInt();
                long stopPrice = readLong();
                long lastTradePrice = readLong();
                yield new StopTriggered(sequence, timestamp, orderId, account, instrumentId, stopPrice, lastTradePrice);
            }
            case TapePrint.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                int instrumentId = readInt();
                long tradeId = readLong();
                long price = readLong();
                long quantity = readLong();
                Aggressor aggressor = readEnum(ENUM_AGGRESSOR);
                yield new TapePrint(sequence, timestamp, instrumentId, tradeId, price, quantity, aggressor);
            }
            case TradeExecuted.TAG -> {
                long sequence = readLong();
                long timestamp = readLong();
                long tradeId = readLong();
                int instrumentId = readInt();
                long price = readLong();
                long quantity = readLong();
                long buyOrderId = readLong();
                long buyAccount = readLong();
                long sellOrderId = readLong();
                long sellAccount = readLong();
                Aggressor aggressor = readEnum(ENUM_AGGRESSOR);
                long buyRemaining = readLong();
                long sellRemaining = readLong();
                yield new TradeExecuted(sequence, timestamp, tradeId, instrumentId, price, quantity, buyOrderId,
                        buyAccount, sellOrderId, sellAccount, aggressor, buyRemaining, sellRemaining);
            }
            default -> throw new IllegalArgumentException("event: unknown tag " + tag + " at " + (at - 1));
        };
    }

    private void need(int size) {
        if (at + size > end) {
            throw new IllegalArgumentException("event: " + size + " bytes wanted at " + at + ", " + (end - at)
                    + " left");
        }
    }

    private int readByte() {
        need(1);
        return bytes[at++] & 0xFF;
    }

    private int readInt() {
        need(Integer.BYTES);
        int value = (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
        at += Integer.BYTES;
        return value;
    }

    private long readLong() {
        need(Long.BYTES);
        long value = 0;
        for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
            value |= (bytes[at++] & 0xFFL) << shift;
        }
        return value;
    }

    private String readString() {
        int length = readInt();
        need(length);
        String value = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return value;
    }

    private <E extends Enum<E>> E readEnum(E[] constants) {
        int ordinal = readByte();
        if (ordinal == 0xFF) {
            return null;
        }
        if (ordinal >= constants.length) {
            throw new IllegalArgumentException("event: no constant " + ordinal + " of " + constants.length);
        }
        return constants[ordinal];
    }
}
