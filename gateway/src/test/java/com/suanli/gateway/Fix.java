package com.suanli.gateway;

import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import quickfix.Message;
import quickfix.field.Account;
import quickfix.field.ClOrdID;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderCancelReplaceRequest;
import quickfix.fix44.OrderCancelRequest;

/** The client's messages, built as a client's system builds them. */
final class Fix {

    static final char BUY = '1';
    static final char SELL = '2';

    private Fix() {
    }

    static NewOrderSingle order(String clOrdId, ContractSpec contract, char side, char ordType, long lots) {
        NewOrderSingle order = new NewOrderSingle();
        order.setString(ClOrdID.FIELD, clOrdId);
        order.setString(Symbol.FIELD, contract.symbol());
        order.setChar(Side.FIELD, side);
        order.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.now(ZoneOffset.UTC));
        order.setChar(OrdType.FIELD, ordType);
        order.setDecimal(OrderQty.FIELD, BigDecimal.valueOf(lots * contract.lotSize()));
        return order;
    }

    /** A limit order {@code offset} ticks from the contract's reference price. */
    static NewOrderSingle limit(String clOrdId, ContractSpec contract, char side, long lots, long offset, char tif) {
        NewOrderSingle order = order(clOrdId, contract, side, '2', lots);
        order.setDecimal(Price.FIELD, price(contract, offset));
        order.setChar(TimeInForce.FIELD, tif);
        return order;
    }

    static BigDecimal price(ContractSpec contract, long offset) {
        return contract.toPrice(contract.referencePriceTicks() + offset);
    }

    static OrderCancelRequest cancel(String clOrdId, String original, ContractSpec contract, char side) {
        OrderCancelRequest cancel = new OrderCancelRequest();
        cancel.setString(OrigClOrdID.FIELD, original);
        cancel.setString(ClOrdID.FIELD, clOrdId);
        cancel.setString(Symbol.FIELD, contract.symbol());
        cancel.setChar(Side.FIELD, side);
        cancel.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.now(ZoneOffset.UTC));
        return cancel;
    }

    static OrderCancelReplaceRequest replace(String clOrdId, String original, ContractSpec contract, char side,
                                             long lots, long offset) {
        OrderCancelReplaceRequest replace = new OrderCancelReplaceRequest();
        replace.setString(OrigClOrdID.FIELD, original);
        replace.setString(ClOrdID.FIELD, clOrdId);
        replace.setString(Symbol.FIELD, contract.symbol());
        replace.setChar(Side.FIELD, side);
        replace.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.now(ZoneOffset.UTC));
        replace.setChar(OrdType.FIELD, '2');
        replace.setDecimal(OrderQty.FIELD, BigDecimal.valueOf(lots * contract.lotSize()));
        replace.setDecimal(Price.FIELD, price(contract, offset));
        return replace;
    }

    static Message withAccount(Message message, long account) {
        message.setString(Account.FIELD, Long.toString(account));
        return message;
    }
}
