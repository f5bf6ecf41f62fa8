package com.suanli.exchange.engine.journal;

import com.suanli.exchange.book.Side;
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
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.PublishIndex;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.RegisterCapacity;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.ReportDelivery;
import com.suanli.exchange.engine.command.ReportOutage;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetAccountLimits;
import com.suanli.exchange.engine.command.SetCreditLimit;
import com.suanli.exchange.engine.command.SetDeliveryTerms;
import com.suanli.exchange.engine.command.SetFees;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.command.Withdraw;
import com.suanli.exchange.engine.command.WritePolicy;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.Hub;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads commands written by {@link CommandEncoder}. Bytes that are truncated, of another format
 * or otherwise not a command are refused with a {@link CommandFormatException} naming the
 * offset (from the command's first byte) and the field; the buffer's position is then left
 * where it was.
 */
public final class CommandDecoder {
    private static final RejectedCommand[] KINDS = RejectedCommand.values();
    private static final Side[] SIDES = Side.values();
    private static final OrderType[] TYPES = OrderType.values();
    private static final TimeInForce[] TIMES_IN_FORCE = TimeInForce.values();
    private static final SessionAction[] ACTIONS = SessionAction.values();
    private static final AccountKind[] ACCOUNT_KINDS = AccountKind.values();
    private static final Hub[] HUBS = Hub.values();
    private static final PolicyKind[] POLICY_KINDS = PolicyKind.values();
    private static final long MIN_EPOCH_DAY = LocalDate.MIN.toEpochDay();
    private static final long MAX_EPOCH_DAY = LocalDate.MAX.toEpochDay();

    private final ByteBuffer buffer;
    /** Where the command being read began. */
    private int start;

    private CommandDecoder(ByteBuffer buffer) {
        this.buffer = buffer;
    }

    /**
     * Reads one command at the buffer's position and advances the position past it.
     * @throws CommandFormatException when the bytes there are not a whole command
     */
    public static Command decode(ByteBuffer buffer) {
        CommandDecoder reader = new CommandDecoder(buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN));
        Command command = reader.next();
        buffer.position(reader.buffer.position());
        return command;
    }

    /**
     * A decoder of the commands in {@code buffer}, one after the other, reading the buffer itself: a reader of
     * many commands (a cluster member applies every command of the log) then allocates nothing but the commands,
     * where {@link #decode(ByteBuffer)} makes a decoder and a view of the buffer for each.
     * @param buffer little-endian, as {@link CommandEncoder} writes
     */
    public static CommandDecoder over(ByteBuffer buffer) {
        if (buffer.order() != ByteOrder.LITTLE_ENDIAN) {
            throw new IllegalArgumentException("buffer: commands are little-endian, the buffer is " + buffer.order());
        }
        return new CommandDecoder(buffer);
    }

    /**
     * Reads the command at the buffer's position and advances the position past it.
     * @throws CommandFormatException when the bytes there are not a whole command; the position is then left
     *         where it was, as on any other failure
     */
    public Command next() {
        start = buffer.position();
        try {
            return command();
        } catch (RuntimeException e) {
            buffer.position(start);
            throw e;
        }
    }

    /**
     * The one command that fills {@code bytes} exactly.
     * @throws CommandFormatException when they are not one whole command, or bytes follow it
     */
    public static Command decode(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        Command command = decode(buffer);
        if (buffer.hasRemaining()) {
            throw new CommandFormatException("offset " + buffer.position() + ": " + buffer.remaining()
                    + " bytes follow the " + command.kind() + " command");
        }
        return command;
    }

    private Command command() {
        int version = unsignedByte("format");
        if (version != CommandFormat.VERSION) {
            throw refuse(0, "format", "version " + version + " is not the supported version "
                    + CommandFormat.VERSION);
        }
        RejectedCommand kind = choice("kind", KINDS);
        long timestamp = longField("timestamp");
        return switch (kind) {
            case PLACE_ORDER -> new PlaceOrder(timestamp, longField("account"), longField("clientOrderId"),
                    intField("instrumentId"), choice("side", SIDES), choice("type", TYPES),
                    choice("timeInForce", TIMES_IN_FORCE), longField("price"), longField("quantity"),
                    longField("displayQuantity"), longField("stopPrice"), longField("protectionTicks"),
                    longField("expireAt"), flag("postOnly"));
            case AMEND_PRICE -> new AmendPrice(timestamp, longField("account"), longField("orderId"),
                    longField("newPrice"));
            case AMEND_QUANTITY -> new AmendQuantity(timestamp, longField("account"), longField("orderId"),
                    longField("newQuantity"));
            case CANCEL_ORDER -> new CancelOrder(timestamp, longField("account"), longField("orderId"));
            case MASS_CANCEL -> new MassCancel(timestamp, longField("account"), intField("instrumentId"));
            case QUOTE -> new Quote(timestamp, longField("account"), sides("sides."));
            case MASS_QUOTE -> massQuote(timestamp);
            case SESSION -> new SessionCommand(timestamp, intField("instrumentId"), choice("action", ACTIONS));
            case REFERENCE_PRICE -> new SetReferencePrice(timestamp, intField("instrumentId"),
                    longField("priceTicks"));
            case TIME_TICK -> new TimeTick(timestamp);
            case REGISTER_FIRM -> new RegisterFirm(timestamp, longField("firmId"), string("name"));
            case OPEN_ACCOUNT -> new OpenAccount(timestamp, longField("account"), longField("firmId"),
                    choice("accountKind", ACCOUNT_KINDS));
            case DEPOSIT -> new Deposit(timestamp, longField("account"), longField("amount"), longField("reference"));
            case WITHDRAW -> new Withdraw(timestamp, longField("account"), longField("amount"), longField("reference"));
            case SET_FEES -> new SetFees(timestamp, string("productCode"), longField("makerPerLot"),
                    longField("takerPerLot"));
            case LOAD_RISK_ARRAY -> riskArray(timestamp);
            case SETTLE -> new Settle(timestamp, intField("instrumentId"), date("businessDay"),
                    longField("operatorPrice"));
            case PUBLISH_INDEX -> new PublishIndex(timestamp, string("productCode"), choice("hub", HUBS), date("day"));
            case SET_ACCOUNT_LIMITS -> new SetAccountLimits(timestamp, longField("account"), longField("maxOrderLots"),
                    longField("maxPositionLots"), longField("maxGrossLots"), longField("maxWorkingOrders"),
                    longField("collarBps"));
            case SET_CREDIT_LIMIT -> new SetCreditLimit(timestamp, longField("firmId"), longField("creditLimit"));
            case REGISTER_CAPACITY -> new RegisterCapacity(timestamp, longField("account"), string("productCode"),
                    choice("hub", HUBS), date("deliveryDay"), longField("units"));
            case EXPIRE -> new Expire(timestamp, intField("instrumentId"), date("day"));
            case REPORT_DELIVERY -> new ReportDelivery(timestamp, longField("deliveryId"), longField("deliveredUnits"),
                    longField("failedUnits"));
            case SET_DELIVERY_TERMS -> new SetDeliveryTerms(timestamp, string("productCode"), choice("hub", HUBS),
                    intField("penaltyBps"), longField("energyMilliWhPerUnit"), longField("gridGramsPerMwh"));
            case CONTRIBUTE_DEFAULT_FUND -> new ContributeDefaultFund(timestamp, longField("account"),
                    longField("amount"), longField("reference"));
            case WRITE_POLICY -> new WritePolicy(timestamp, longField("holderAccount"), longField("insurerAccount"),
                    choice("policyKind", POLICY_KINDS), string("productCode"), choice("hub", HUBS), date("firstDay"),
                    date("lastDay"), longField("units"), longField("trigger"), longField("limit"),
                    longField("premium"));
            case REPORT_OUTAGE -> new ReportOutage(timestamp, string("productCode"), choice("hub", HUBS),
                    longField("start"), longField("end"), longField("unitsOffline"), longField("hubUnits"));
        };
    }

    private MassQuote massQuote(long timestamp) {
        long account = longField("account");
        int at = offset();
        int count = intField("quotes.count");
        // Checked against the bytes left before anything is allocated for it.
        if (count < 0 || (long) count * CommandFormat.QUOTE_SIDES > buffer.remaining()) {
            throw refuse(at, "quotes.count", count + " quotes cannot fit in the " + buffer.remaining()
                    + " bytes that remain");
        }
        List<QuoteSides> quotes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            quotes.add(sides("quotes[" + i + "]."));
        }
        return new MassQuote(timestamp, account, quotes);
    }

    private LoadRiskArray riskArray(long timestamp) {
        int instrumentId = intField("instrumentId");
        int at = offset();
        int count = intField("losses.count");
        if (count < 0 || (long) count * Long.BYTES > buffer.remaining()) {
            throw refuse(at, "losses.count", count + " losses cannot fit in the " + buffer.remaining()
                    + " bytes that remain");
        }
        List<Long> losses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            losses.add(longField("losses[" + i + "]"));
        }
        return new LoadRiskArray(timestamp, instrumentId, losses);
    }

    private String string(String field) {
        need(field, CommandFormat.STRING_LENGTH);
        int length = buffer.getShort() & 0xFFFF;
        need(field, length);
        int at = offset();
        ByteBuffer text = buffer.slice(buffer.position(), length);
        buffer.position(buffer.position() + length);
        try {
            // Strict: a malformed string is refused, so whatever decodes encodes back to the same bytes.
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(text).toString();
        } catch (CharacterCodingException e) {
            throw refuse(at, field, "the " + length + " bytes are not UTF-8");
        }
    }

    private LocalDate date(String field) {
        int at = offset();
        long epochDay = longField(field);
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            throw refuse(at, field, "epoch day " + epochDay + " is not a date");
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    private QuoteSides sides(String prefix) {
        return new QuoteSides(intField(prefix + "instrumentId"), longField(prefix + "bidPrice"),
                longField(prefix + "bidQuantity"), longField(prefix + "askPrice"), longField(prefix + "askQuantity"));
    }

    private long longField(String field) {
        need(field, Long.BYTES);
        return buffer.getLong();
    }

    private int intField(String field) {
        need(field, Integer.BYTES);
        return buffer.getInt();
    }

    private int unsignedByte(String field) {
        need(field, 1);
        return buffer.get() & 0xFF;
    }

    private boolean flag(String field) {
        int value = unsignedByte(field);
        if (value > 1) {
            throw refuse(offset() - 1, field, "byte " + value + " is neither 0 (false) nor 1 (true)");
        }
        return value == 1;
    }

    private <E extends Enum<E>> E choice(String field, E[] values) {
        int ordinal = unsignedByte(field);
        if (ordinal >= values.length) {
            throw refuse(offset() - 1, field, "ordinal " + ordinal + " names no "
                    + values[0].getDeclaringClass().getSimpleName() + " (0 to " + (values.length - 1) + ")");
        }
        return values[ordinal];
    }

    private void need(String field, int bytes) {
        if (buffer.remaining() < bytes) {
            throw refuse(offset(), field, "needs " + bytes + " bytes but " + buffer.remaining() + " remain");
        }
    }

    private int offset() {
        return buffer.position() - start;
    }

    private static CommandFormatException refuse(int offset, String field, String reason) {
        return new CommandFormatException("offset " + offset + ", field " + field + ": " + reason);
    }
}
