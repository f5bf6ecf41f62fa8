package com.suanli.exchange.engine.journal;

import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.ContributeDefaultFund;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.Expire;
import com.suanli.exchange.engine.command.LoadRiskArray;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.PublishIndex;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.RegisterCapacity;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.ReportDelivery;
import com.suanli.exchange.engine.command.ReportOutage;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetAccountLimits;
import com.suanli.exchange.engine.command.SetCreditLimit;
import com.suanli.exchange.engine.command.SetDeliveryTerms;
import com.suanli.exchange.engine.command.SetFees;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.Withdraw;
import com.suanli.exchange.engine.command.WritePolicy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes a command into the caller's buffer in the journal format ({@link CommandFormat},
 * docs/JOURNAL.md). Allocates nothing, so the sequencer's journal path stays garbage-free.
 */
public final class CommandEncoder {
    private CommandEncoder() {
    }

    /** How many bytes {@code command} takes. */
    public static int length(Command command) {
        if (command instanceof PlaceOrder) {
            return CommandFormat.PLACE_ORDER;
        } else if (command instanceof AmendPrice || command instanceof AmendQuantity) {
            return CommandFormat.ACCOUNT_ORDER_VALUE;
        } else if (command instanceof CancelOrder) {
            return CommandFormat.CANCEL_ORDER;
        } else if (command instanceof MassCancel) {
            return CommandFormat.MASS_CANCEL;
        } else if (command instanceof Quote) {
            return CommandFormat.QUOTE;
        } else if (command instanceof MassQuote m) {
            return CommandFormat.MASS_QUOTE_FIXED + m.quotes().size() * CommandFormat.QUOTE_SIDES;
        } else if (command instanceof SessionCommand) {
            return CommandFormat.SESSION;
        } else if (command instanceof SetReferencePrice) {
            return CommandFormat.REFERENCE_PRICE;
        } else if (command instanceof OpenAccount) {
            return CommandFormat.OPEN_ACCOUNT;
        } else if (command instanceof Deposit || command instanceof Withdraw) {
            return CommandFormat.CASH;
        } else if (command instanceof Settle) {
            return CommandFormat.SETTLE;
        } else if (command instanceof RegisterFirm f) {
            return CommandFormat.REGISTER_FIRM_FIXED + utf8Length(f.name());
        } else if (command instanceof SetFees f) {
            return CommandFormat.SET_FEES_FIXED + utf8Length(f.productCode());
        } else if (command instanceof LoadRiskArray r) {
            return CommandFormat.RISK_ARRAY_FIXED + r.losses().size() * Long.BYTES;
        } else if (command instanceof PublishIndex p) {
            return CommandFormat.PUBLISH_INDEX_FIXED + utf8Length(p.productCode());
        } else if (command instanceof SetAccountLimits) {
            return CommandFormat.ACCOUNT_LIMITS;
        } else if (command instanceof SetCreditLimit) {
            return CommandFormat.CREDIT_LIMIT;
        } else if (command instanceof RegisterCapacity c) {
            return CommandFormat.REGISTER_CAPACITY_FIXED + utf8Length(c.productCode());
        } else if (command instanceof Expire) {
            return CommandFormat.EXPIRE;
        } else if (command instanceof ReportDelivery) {
            return CommandFormat.REPORT_DELIVERY;
        } else if (command instanceof SetDeliveryTerms d) {
            return CommandFormat.DELIVERY_TERMS_FIXED + utf8Length(d.productCode());
        } else if (command instanceof ContributeDefaultFund) {
            return CommandFormat.CASH;
        } else if (command instanceof WritePolicy w) {
            return CommandFormat.WRITE_POLICY_FIXED + utf8Length(w.productCode());
        } else if (command instanceof ReportOutage o) {
            return CommandFormat.REPORT_OUTAGE_FIXED + utf8Length(o.productCode());
        }
        return CommandFormat.TIME_TICK;
    }

    /**
     * Writes {@code command} at the buffer's position and advances it; the buffer's byte order
     * is left as it was.
     * @return the number of bytes written
     * @throws IllegalArgumentException when fewer bytes remain than the command takes (nothing is written)
     */
    public static int encode(Command command, ByteBuffer buffer) {
        int length = length(command);
        if (buffer.remaining() < length) {
            throw new IllegalArgumentException("buffer: " + buffer.remaining() + " bytes remain but a "
                    + command.kind() + " takes " + length);
        }
        ByteOrder order = buffer.order();
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) CommandFormat.VERSION);
        buffer.put((byte) command.kind().ordinal());
        buffer.putLong(command.timestamp());
        putFields(command, buffer);
        buffer.order(order);
        return length;
    }

    private static void putFields(Command command, ByteBuffer b) {
        if (command instanceof PlaceOrder p) {
            b.putLong(p.account()).putLong(p.clientOrderId()).putInt(p.instrumentId());
            b.put((byte) p.side().ordinal()).put((byte) p.type().ordinal()).put((byte) p.timeInForce().ordinal());
            b.putLong(p.price()).putLong(p.quantity()).putLong(p.displayQuantity()).putLong(p.stopPrice())
                    .putLong(p.protectionTicks()).putLong(p.expireAt());
            b.put((byte) (p.postOnly() ? 1 : 0));
        } else if (command instanceof AmendPrice a) {
            b.putLong(a.account()).putLong(a.orderId()).putLong(a.newPrice());
        } else if (command instanceof AmendQuantity a) {
            b.putLong(a.account()).putLong(a.orderId()).putLong(a.newQuantity());
        } else if (command instanceof CancelOrder c) {
            b.putLong(c.account()).putLong(c.orderId());
        } else if (command instanceof MassCancel m) {
            b.putLong(m.account()).putInt(m.instrumentId());
        } else if (command instanceof Quote q) {
            b.putLong(q.account());
            putSides(q.sides(), b);
        } else if (command instanceof MassQuote m) {
            b.putLong(m.account()).putInt(m.quotes().size());
            for (int i = 0; i < m.quotes().size(); i++) {
                putSides(m.quotes().get(i), b);
            }
        } else if (command instanceof SessionCommand s) {
            b.putInt(s.instrumentId()).put((byte) s.action().ordinal());
        } else if (command instanceof SetReferencePrice r) {
            b.putInt(r.instrumentId()).putLong(r.priceTicks());
        } else if (command instanceof OpenAccount a) {
            b.putLong(a.account()).putLong(a.firmId()).put((byte) a.accountKind().ordinal());
        } else if (command instanceof Deposit d) {
            b.putLong(d.account()).putLong(d.amount()).putLong(d.reference());
        } else if (command instanceof Withdraw w) {
            b.putLong(w.account()).putLong(w.amount()).putLong(w.reference());
        } else if (command instanceof Settle st) {
            b.putInt(st.instrumentId()).putLong(st.businessDay().toEpochDay()).putLong(st.operatorPrice());
        } else if (command instanceof RegisterFirm f) {
            b.putLong(f.firmId());
            putString(f.name(), b);
        } else if (command instanceof SetFees f) {
            putString(f.productCode(), b);
            b.putLong(f.makerPerLot()).putLong(f.takerPerLot());
        } else if (command instanceof LoadRiskArray r) {
            b.putInt(r.instrumentId()).putInt(r.losses().size());
            for (int i = 0; i < r.losses().size(); i++) {
                b.putLong(r.losses().get(i));
            }
        } else if (command instanceof PublishIndex p) {
            putString(p.productCode(), b);
            b.put((byte) p.hub().ordinal()).putLong(p.day().toEpochDay());
        } else if (command instanceof SetAccountLimits l) {
            b.putLong(l.account()).putLong(l.maxOrderLots()).putLong(l.maxPositionLots()).putLong(l.maxGrossLots())
                    .putLong(l.maxWorkingOrders()).putLong(l.collarBps());
        } else if (command instanceof SetCreditLimit c) {
            b.putLong(c.firmId()).putLong(c.creditLimit());
        } else if (command instanceof RegisterCapacity c) {
            b.putLong(c.account());
            putString(c.productCode(), b);
            b.put((byte) c.hub().ordinal()).putLong(c.deliveryDay().toEpochDay()).putLong(c.units());
        } else if (command instanceof Expire e) {
            b.putInt(e.instrumentId()).putLong(e.day().toEpochDay());
        } else if (command instanceof ReportDelivery r) {
            b.putLong(r.deliveryId()).putLong(r.deliveredUnits()).putLong(r.failedUnits());
        } else if (command instanceof SetDeliveryTerms d) {
            putString(d.productCode(), b);
            b.put((byte) d.hub().ordinal()).putInt(d.penaltyBps()).putLong(d.energyMilliWhPerUnit())
                    .putLong(d.gridGramsPerMwh());
        } else if (command instanceof ContributeDefaultFund c) {
            b.putLong(c.account()).putLong(c.amount()).putLong(c.reference());
        } else if (command instanceof WritePolicy w) {
            b.putLong(w.holderAccount()).putLong(w.insurerAccount()).put((byte) w.policyKind().ordinal());
            putString(w.productCode(), b);
            b.put((byte) w.hub().ordinal()).putLong(w.firstDay().toEpochDay()).putLong(w.lastDay().toEpochDay())
                    .putLong(w.units()).putLong(w.trigger()).putLong(w.limit()).putLong(w.premium());
        } else if (command instanceof ReportOutage o) {
            putString(o.productCode(), b);
            b.put((byte) o.hub().ordinal()).putLong(o.start()).putLong(o.end()).putLong(o.unitsOffline())
                    .putLong(o.hubUnits());
        }
        // A time tick is its header alone.
    }

    /**
     * How many UTF-8 bytes a string field takes, counted without encoding it so that writing a
     * command stays garbage-free; an unpaired surrogate counts as one byte, {@code ?}, as Java writes it.
     * @throws IllegalArgumentException when they are more than an unsigned short can count
     */
    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        if (bytes > CommandFormat.MAX_STRING_BYTES) {
            throw new IllegalArgumentException("text: " + bytes + " UTF-8 bytes, at most "
                    + CommandFormat.MAX_STRING_BYTES + " fit a command");
        }
        return bytes;
    }

    private static void putString(String text, ByteBuffer b) {
        b.putShort((short) utf8Length(text));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                b.put((byte) c);
            } else if (c < 0x800) {
                b.put((byte) (0xC0 | c >> 6)).put((byte) (0x80 | c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                b.put((byte) (0xF0 | cp >> 18)).put((byte) (0x80 | cp >> 12 & 0x3F))
                        .put((byte) (0x80 | cp >> 6 & 0x3F)).put((byte) (0x80 | cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b.put((byte) '?');
            } else {
                b.put((byte) (0xE0 | c >> 12)).put((byte) (0x80 | c >> 6 & 0x3F)).put((byte) (0x80 | c & 0x3F));
            }
        }
    }

    private static void putSides(QuoteSides s, ByteBuffer b) {
        b.putInt(s.instrumentId()).putLong(s.bidPrice()).putLong(s.bidQuantity()).putLong(s.askPrice())
                .putLong(s.askQuantity());
    }
}
