package com.suanli.exchange.engine.journal;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.RejectedCommand;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded commands of every kind whose fields are drawn from the extremes (0, -1, the minimum and
 * maximum of their type) as often as from anywhere else: the codec must carry any value, the
 * engine's rules are not its business.
 */
final class RandomCommands {
    private static final long[] EXTREME_LONGS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
    private static final int[] EXTREME_INTS = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
    static final int KINDS = RejectedCommand.values().length;

    private final SplittableRandom random;

    RandomCommands(long seed) {
        random = new SplittableRandom(seed);
    }

    Command next() {
        return of(random.nextInt(KINDS));
    }

    /** A random command of the kind with this {@link Command#kind()} ordinal. */
    Command of(int kind) {
        return switch (kind) {
            case 0 -> new PlaceOrder(anyLong(), anyLong(), anyLong(), anyInt(), pick(Side.values()),
                    pick(OrderType.values()), pick(TimeInForce.values()), anyLong(), anyLong(), anyLong(), anyLong(),
                    anyLong(), anyLong(), random.nextBoolean());
            case 1 -> new AmendPrice(anyLong(), anyLong(), anyLong(), anyLong());
            case 2 -> new AmendQuantity(anyLong(), anyLong(), anyLong(), anyLong());
            case 3 -> new CancelOrder(anyLong(), anyLong(), anyLong());
            case 4 -> new MassCancel(anyLong(), anyLong(), anyInt());
            case 5 -> new Quote(anyLong(), anyLong(), sides());
            case 6 -> massQuote();
            case 7 -> new SessionCommand(anyLong(), anyInt(), pick(SessionAction.values()));
            case 8 -> new SetReferencePrice(anyLong(), anyInt(), anyLong());
            case 9 -> new TimeTick(anyLong());
            case 10 -> new RegisterFirm(anyLong(), anyLong(), anyText());
            case 11 -> new OpenAccount(anyLong(), anyLong(), anyLong(), pick(AccountKind.values()));
            case 12 -> new Deposit(anyLong(), anyLong(), anyLong(), anyLong());
            case 13 -> new Withdraw(anyLong(), anyLong(), anyLong(), anyLong());
            case 14 -> new SetFees(anyLong(), anyText(), anyLong(), anyLong());
            case 15 -> riskArray();
            case 16 -> new Settle(anyLong(), anyInt(), anyDate(), anyLong());
            case 17 -> new PublishIndex(anyLong(), anyText(), pick(Hub.values()), anyDate());
            case 18 -> new SetAccountLimits(anyLong(), anyLong(), anyLong(), anyLong(), anyLong(), anyLong(), anyLong());
            case 19 -> new SetCreditLimit(anyLong(), anyLong(), anyLong());
            case 20 -> new RegisterCapacity(anyLong(), anyLong(), anyText(), pick(Hub.values()), anyDate(), anyLong());
            case 21 -> new Expire(anyLong(), anyInt(), anyDate());
            case 22 -> new ReportDelivery(anyLong(), anyLong(), anyLong(), anyLong());
            case 23 -> new SetDeliveryTerms(anyLong(), anyText(), pick(Hub.values()), anyInt(), anyLong(), anyLong());
            case 24 -> new ContributeDefaultFund(anyLong(), anyLong(), anyLong(), anyLong());
            case 25 -> new WritePolicy(anyLong(), anyLong(), anyLong(), pick(PolicyKind.values()), anyText(),
                    pick(Hub.values()), anyDate(), anyDate(), anyLong(), anyLong(), anyLong(), anyLong());
            default -> new ReportOutage(anyLong(), anyText(), pick(Hub.values()), anyLong(), anyLong(), anyLong(),
                    anyLong());
        };
    }

    private MassQuote massQuote() {
        List<QuoteSides> quotes = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            quotes.add(sides());
        }
        return new MassQuote(anyLong(), anyLong(), quotes);
    }

    private LoadRiskArray riskArray() {
        List<Long> losses = new ArrayList<>();
        int count = random.nextInt(20);
        for (int i = 0; i < count; i++) {
            losses.add(anyLong());
        }
        return new LoadRiskArray(anyLong(), anyInt(), losses);
    }

    /** Empty, ASCII, or any code points (Chinese, four-byte emoji): the codec must carry every string. */
    private String anyText() {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(12);
        boolean ascii = random.nextBoolean();
        for (int i = 0; i < count; i++) {
            int cp = ascii ? 0x20 + random.nextInt(0x5F) : random.nextInt(Character.MAX_CODE_POINT + 1);
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                cp = 0x4E2D;
            }
            text.appendCodePoint(cp);
        }
        return text.toString();
    }

    private LocalDate anyDate() {
        return random.nextBoolean() ? pick(new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH})
                : LocalDate.ofEpochDay(random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay() + 1));
    }

    private QuoteSides sides() {
        return new QuoteSides(anyInt(), anyLong(), anyLong(), anyLong(), anyLong());
    }

    private long anyLong() {
        return random.nextBoolean() ? EXTREME_LONGS[random.nextInt(EXTREME_LONGS.length)] : random.nextLong();
    }

    private int anyInt() {
        return random.nextBoolean() ? EXTREME_INTS[random.nextInt(EXTREME_INTS.length)] : random.nextInt();
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }
}
