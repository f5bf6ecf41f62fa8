package com.suanli.gateway.order;

import com.suanli.gateway.fix.FixValues;
import quickfix.Message;
import quickfix.field.Account;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
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
import quickfix.fix44.ExecutionReport;

/** ExecutionReport (35=8) of an order as the gateway follows it (docs/FIX.md, "ExecutionReport"). */
final class ExecutionReports {

    static final char NEW = '0';
    static final char CANCELED = '4';
    static final char REPLACED = '5';
    static final char REJECTED = '8';
    static final char EXPIRED = 'C';
    static final char RESTATED = 'D';
    static final char TRADE = 'F';

    private ExecutionReports() {
    }

    /**
     * The order's report after an event: its status follows from what is filled, unless {@code status} says it
     * ended otherwise (0 to work it out).
     */
    static Message of(LiveOrder order, String execId, char execType, char status, long timestamp) {
        ExecutionReport report = new ExecutionReport();
        report.setString(OrderID.FIELD, order.orderId == 0 ? "NONE" : Long.toString(order.orderId));
        report.setString(ExecID.FIELD, execId);
        report.setString(ClOrdID.FIELD, order.clOrdId);
        report.setChar(ExecType.FIELD, execType);
        report.setChar(OrdStatus.FIELD, status != 0 ? status : workingStatus(order));
        report.setString(Account.FIELD, Long.toString(order.account));
        report.setString(Symbol.FIELD, order.contract.symbol());
        report.setChar(Side.FIELD, FixValues.side(order.side));
        report.setChar(OrdType.FIELD, order.ordType);
        report.setChar(TimeInForce.FIELD, order.timeInForce);
        report.setDecimal(OrderQty.FIELD, java.math.BigDecimal.valueOf(order.orderQty));
        if (order.priceTicks > 0 && order.ordType != OrderTerms.MARKET) {
            report.setDecimal(Price.FIELD, FixValues.price(order.contract, order.priceTicks));
        }
        if (order.stopTicks > 0) {
            report.setDecimal(StopPx.FIELD, FixValues.price(order.contract, order.stopTicks));
        }
        boolean done = status == CANCELED || status == EXPIRED || status == REJECTED;
        report.setDecimal(LeavesQty.FIELD, java.math.BigDecimal.valueOf(done ? 0 : order.leaves()));
        report.setDecimal(CumQty.FIELD, java.math.BigDecimal.valueOf(order.cumQty));
        report.setDecimal(AvgPx.FIELD, order.averagePrice());
        report.setString(TransactTime.FIELD, FixValues.timestamp(timestamp));
        return report;
    }

    /**
     * A restatement the client did not ask for (a stop triggered, an amendment made elsewhere): ExecType D with
     * ExecRestatementReason (378) 8, the exchange's doing; FIX 4.4 has no ExecType of its own for a triggered stop.
     */
    static Message restated(LiveOrder order, String execId, String text, long timestamp) {
        Message report = of(order, execId, RESTATED, (char) 0, timestamp);
        report.setInt(quickfix.field.ExecRestatementReason.FIELD, 8);
        report.setString(Text.FIELD, text);
        return report;
    }

    static Message rejected(LiveOrder order, String execId, int reason, String text, long timestamp) {
        Message report = of(order, execId, REJECTED, REJECTED, timestamp);
        report.setInt(OrdRejReason.FIELD, reason);
        report.setString(Text.FIELD, text);
        return report;
    }

    static Message fill(LiveOrder order, String execId, long lastQty, long lastTicks, long timestamp) {
        Message report = of(order, execId, TRADE, (char) 0, timestamp);
        report.setDecimal(LastQty.FIELD, java.math.BigDecimal.valueOf(lastQty));
        report.setDecimal(LastPx.FIELD, FixValues.price(order.contract, lastTicks));
        return report;
    }

    static Message ended(LiveOrder order, String execId, char execType, String origClOrdId, String text,
                         long timestamp) {
        Message report = of(order, execId, execType, execType, timestamp);
        if (origClOrdId != null) {
            report.setString(OrigClOrdID.FIELD, origClOrdId);
        }
        report.setString(Text.FIELD, text);
        return report;
    }

    private static char workingStatus(LiveOrder order) {
        if (order.cumQty == 0) {
            return '0';
        }
        return order.leaves() == 0 ? '2' : '1';
    }
}
