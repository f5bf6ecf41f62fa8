package com.suanli.gateway.order;

import com.suanli.gateway.fix.EncodedMessage;
import com.suanli.gateway.fix.FixValues;
import quickfix.Message;
import quickfix.field.Account;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecRestatementReason;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgType;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.StopPx;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;

/**
 * ExecutionReport (35=8) of an order as the gateway follows it (docs/FIX.md, "ExecutionReport"), written
 * straight into one reused {@link EncodedMessage}: one report is built and sent before the next, under the
 * {@link OrderDesk}'s lock. ExecID (17) is {@code E} and the event's sequence, with {@code -<order id>} on a fill.
 */
final class ExecutionReports {

    static final char NEW = '0';
    static final char CANCELED = '4';
    static final char REPLACED = '5';
    static final char REJECTED = '8';
    static final char EXPIRED = 'C';
    static final char RESTATED = 'D';
    static final char TRADE = 'F';

    /** ExecRestatementReason (378) 8: the exchange's option. */
    private static final int EXCHANGE_OPTION = 8;
    private static final char EVENT = 'E';
    private static final long NO_SUFFIX = -1;

    private final EncodedMessage report = new EncodedMessage();

    /** An order accepted by the engine: working, or held if a stop. */
    Message accepted(LiveOrder order, long sequence, long timestamp) {
        return write(order, EVENT, sequence, NO_SUFFIX, NEW, (char) 0, 0, 0, null, null, 0, 0, timestamp);
    }

    /** The order replaced at the client's request; {@code order} already carries the replace's ClOrdID. */
    Message replaced(LiveOrder order, long sequence, String origClOrdId, long timestamp) {
        return write(order, EVENT, sequence, NO_SUFFIX, REPLACED, (char) 0, 0, 0, origClOrdId, null, 0, 0, timestamp);
    }

    /**
     * A restatement the client did not ask for (a stop triggered, an amendment made elsewhere): ExecType D with
     * ExecRestatementReason (378) 8, the exchange's doing; FIX 4.4 has no ExecType of its own for a triggered stop.
     */
    Message restated(LiveOrder order, long sequence, String text, long timestamp) {
        return write(order, EVENT, sequence, NO_SUFFIX, RESTATED, (char) 0, 0, 0, null, text, 0, EXCHANGE_OPTION,
                timestamp);
    }

    /** The order refused; its ExecID is {@code idPrefix} and {@code id}. */
    Message rejected(LiveOrder order, char idPrefix, long id, int reason, String text, long timestamp) {
        return write(order, idPrefix, id, NO_SUFFIX, REJECTED, REJECTED, 0, 0, null, text, reason, 0, timestamp);
    }

    /** A fill of {@code lastQty} lots at {@code lastTicks}, already counted in the order. */
    Message fill(LiveOrder order, long sequence, long lastQty, long lastTicks, long timestamp) {
        return write(order, EVENT, sequence, order.orderId, TRADE, (char) 0, lastQty, lastTicks, null, null, 0, 0,
                timestamp);
    }

    /** The order cancelled or expired ({@code execType} is its status too). */
    Message ended(LiveOrder order, long sequence, char execType, String origClOrdId, String text, long timestamp) {
        return write(order, EVENT, sequence, NO_SUFFIX, execType, execType, 0, 0, origClOrdId, text, 0, 0,
                timestamp);
    }

    /**
     * Every report's fields in ascending tag order, as QuickFIX/J writes a message's body. {@code status} 0 works
     * the status out from what is filled; {@code lastQty} 0, a null {@code origClOrdId} or {@code text}, and
     * {@code ordRejReason} or {@code restatement} 0 leave their fields out.
     */
    private Message write(LiveOrder order, char idPrefix, long id, long idSuffix, char execType, char status,
                          long lastQty, long lastTicks, String origClOrdId, String text, int ordRejReason,
                          int restatement, long timestamp) {
        char ordStatus = status != 0 ? status : workingStatus(order);
        boolean done = status == CANCELED || status == EXPIRED || status == REJECTED;
        EncodedMessage m = report.start(MsgType.EXECUTION_REPORT);
        m.field(Account.FIELD, order.account);
        m.field(AvgPx.FIELD, order.cumQty == 0 ? "0" : order.averagePrice().toPlainString());
        m.field(ClOrdID.FIELD, order.clOrdId);
        m.field(CumQty.FIELD, order.cumQty);
        m.id(ExecID.FIELD, idPrefix, id, idSuffix);
        if (lastQty > 0) {
            m.price(LastPx.FIELD, order.contract, lastTicks);
            m.field(LastQty.FIELD, lastQty);
        }
        if (order.orderId == 0) {
            m.field(OrderID.FIELD, "NONE");
        } else {
            m.field(OrderID.FIELD, order.orderId);
        }
        m.field(OrderQty.FIELD, order.orderQty);
        m.field(OrdStatus.FIELD, ordStatus);
        m.field(OrdType.FIELD, order.ordType);
        if (origClOrdId != null) {
            m.field(OrigClOrdID.FIELD, origClOrdId);
        }
        if (order.priceTicks > 0 && order.ordType != OrderTerms.MARKET) {
            m.price(Price.FIELD, order.contract, order.priceTicks);
        }
        m.field(Side.FIELD, FixValues.side(order.side));
        m.field(Symbol.FIELD, order.contract.symbol());
        if (text != null) {
            m.field(Text.FIELD, text);
        }
        m.field(TimeInForce.FIELD, order.timeInForce);
        m.field(TransactTime.FIELD, FixValues.timestamp(timestamp));
        if (order.stopTicks > 0) {
            m.price(StopPx.FIELD, order.contract, order.stopTicks);
        }
        if (ordRejReason != 0) {
            m.field(OrdRejReason.FIELD, ordRejReason);
        }
        m.field(ExecType.FIELD, execType);
        m.field(LeavesQty.FIELD, done ? 0 : order.leaves());
        if (restatement != 0) {
            m.field(ExecRestatementReason.FIELD, restatement);
        }
        return m;
    }

    private static char workingStatus(LiveOrder order) {
        if (order.cumQty == 0) {
            return '0';
        }
        return order.leaves() == 0 ? '2' : '1';
    }
}
