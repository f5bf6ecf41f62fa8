package com.suanli.gateway.fix;

import java.time.LocalDateTime;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.Group;
import quickfix.Message;
import quickfix.MessageFactory;
import quickfix.field.ApplVerID;
import quickfix.field.MsgType;

/**
 * The acceptor's message factory. QuickFIX/J parses every received message into what this makes and then
 * validates it against FIX44.xml as before; only a NewOrderSingle, the message a pipelining client sends by the
 * thousand, is made lighter:
 * <ul>
 * <li>a plain message, not QuickFIX/J's generated {@code NewOrderSingle}: that one keeps its fields in the
 *     order of the specification's hundred-odd tags, so each field parsed into it was placed by searching that
 *     order, and a new array of the order was made for every message (a received message's order matters to
 *     nobody: the gateway reads fields by tag, and nothing echoes it);</li>
 * <li>its header reads SendingTime's text digit by digit ({@link FixValues#utcTimestamp}) for the session's
 *     latency check, where QuickFIX/J's {@code DateTimeFormatter} parse was a fifth of a session thread's time;
 *     any text that is not the plain shape goes to QuickFIX/J's own conversion and its refusal.</li>
 * </ul>
 * Other types are QuickFIX/J's own. Groups in a NewOrderSingle (parties) are built from the dictionary, as for
 * any message (docs/BENCHMARKS.md, "FIX gateway", "Received orders parsed lighter").
 */
public final class InboundMessages implements MessageFactory {

    private final DefaultMessageFactory typed = new DefaultMessageFactory();

    @Override
    public Message create(String beginString, String msgType) {
        return MsgType.ORDER_SINGLE.equals(msgType) ? new Order() : typed.create(beginString, msgType);
    }

    @Override
    public Message create(String beginString, ApplVerID applVerID, String msgType) {
        return MsgType.ORDER_SINGLE.equals(msgType) ? new Order() : typed.create(beginString, applVerID, msgType);
    }

    @Override
    public Group create(String beginString, String msgType, int correspondingFieldID) {
        return typed.create(beginString, msgType, correspondingFieldID);
    }

    /** A received NewOrderSingle. */
    private static final class Order extends Message {

        @Override
        protected Header newHeader() {
            return new TimedHeader();
        }
    }

    /** A received header whose timestamps are read from their digits. */
    private static final class TimedHeader extends Message.Header {

        @Override
        public LocalDateTime getUtcTimeStamp(int field) throws FieldNotFound {
            LocalDateTime read = FixValues.utcTimestamp(getString(field));
            return read != null ? read : super.getUtcTimeStamp(field);
        }
    }
}
