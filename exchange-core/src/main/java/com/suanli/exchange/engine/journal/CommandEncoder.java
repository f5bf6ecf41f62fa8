package com.suanli.exchange.engine.journal;

import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;

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
        }
        // A time tick is its header alone.
    }

    private static void putSides(QuoteSides s, ByteBuffer b) {
        b.putInt(s.instrumentId()).putLong(s.bidPrice()).putLong(s.bidQuantity()).putLong(s.askPrice())
                .putLong(s.askQuantity());
    }
}
