package com.suanli.data.host;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.LoadRiskArray;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.PublishIndex;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetFees;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.command.Withdraw;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A busy trading session from a seed, for the journal's crash test and {@code desk journal load}: the
 * first instruments of the catalogue opened for continuous trading, then limit orders around their
 * reference prices (most resting, some crossing), market orders, cancels and amendments of recent
 * orders, and time ticks. Order ids are guessed from the count placed, so some cancels miss and are
 * rejected: that too is journalled and replayed.
 */
public final class SeededLoad {

    private static final int INSTRUMENTS = 8;
    public static final int ACCOUNTS = 200;
    /** Clearing commands are about one in 25 when the load clears. */
    private static final int CLEARING_PERCENT = 4;
    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 4);

    /** The firms a load that opens its own members registers, from this id. */
    private static final long FIRST_FIRM = 100;
    private static final int FIRMS = 20;
    /** The accepted orders a cancel or an amendment chooses among: at most the last this many fed. */
    private static final int RECENT = 512;

    private final SplittableRandom random;
    private final List<ContractSpec> contracts;
    /** The load's accounts are {@code firstAccount} to {@code firstAccount + ACCOUNTS - 1}. */
    private final long firstAccount;
    /** Commands sent before anything else: the members a load over the standard clearing setup opens. */
    private final Deque<Command> opening = new ArrayDeque<>();
    private long time;
    private long placed;
    private int opened;
    private final boolean clearing;
    private long days;
    private long references;
    /** The ring of recently accepted orders, from {@code oldest} to {@code newest} (exclusive), modulo {@value #RECENT}. */
    private final long[] recentIds = new long[RECENT];
    private final long[] recentAccounts = new long[RECENT];
    private long oldest;
    private long newest;

    /** @param start the first command's timestamp, epoch milliseconds; later ones are at or after it */
    public SeededLoad(long seed, Catalogue catalogue, long start) {
        this(seed, catalogue, start, false);
    }

    /**
     * @param clearing whether clearing commands are mixed in (deposits, withdrawals, settlements,
     *        risk arrays, fee rates, index fixings), for an engine that clears with {@link SeededClearing}
     */
    public SeededLoad(long seed, Catalogue catalogue, long start, boolean clearing) {
        this(seed, catalogue, start, clearing, 1);
    }

    /**
     * A clearing load for an engine that clears with {@link ClearingSetup#standard()}, whose house knows
     * no members: it first registers its 20 firms and opens and funds its 200 accounts (numbered from
     * {@link ClearingSetup#FIRST_MEMBER_ACCOUNT}) by command, then trades and clears as the clearing load.
     * On a database that holds them already those commands are refused, and journalled so.
     */
    public static SeededLoad openingItsMembers(long seed, Catalogue catalogue, long start) {
        SeededLoad load = new SeededLoad(seed, catalogue, start, true, ClearingSetup.FIRST_MEMBER_ACCOUNT);
        for (long firm = FIRST_FIRM; firm < FIRST_FIRM + FIRMS; firm++) {
            load.opening.add(new RegisterFirm(start, firm, "Firm " + firm));
        }
        for (long i = 0; i < ACCOUNTS; i++) {
            long account = load.firstAccount + i;
            load.opening.add(new OpenAccount(start, account, FIRST_FIRM + i % FIRMS,
                    AccountKind.values()[(int) (i % 4)]));
            load.opening.add(new Deposit(start, account, SeededClearing.FUNDS, account));
        }
        return load;
    }

    /**
     * @param firstAccount the load trades accounts {@code firstAccount} to {@code firstAccount + 199}: above the
     *        house's accounts on an exchange with the standard clearing set-up, where they must be open and funded
     */
    public SeededLoad(long seed, Catalogue catalogue, long start, boolean clearing, long firstAccount) {
        this.clearing = clearing;
        this.firstAccount = firstAccount;
        this.random = new SplittableRandom(seed);
        this.contracts = catalogue.contracts().stream().sorted(Comparator.comparingInt(ContractSpec::instrumentId))
                .limit(INSTRUMENTS).toList();
        if (contracts.isEmpty()) {
            throw new IllegalArgumentException("catalogue: lists no instrument to load");
        }
        this.time = start;
    }

    public Command next() {
        if (!opening.isEmpty()) {
            return opening.poll();
        }
        if (opened < contracts.size()) {
            return new SessionCommand(time, contracts.get(opened++).instrumentId(), SessionAction.OPEN_CONTINUOUS);
        }
        if (random.nextInt(1_024) == 0) {
            time++; // a millisecond about every thousand commands, slower than the wall clock: a restarted load starts after the last
        }
        int roll = random.nextInt(100);
        ContractSpec contract = contracts.get(random.nextInt(contracts.size()));
        long account = firstAccount + random.nextInt(ACCOUNTS);
        if (clearing && random.nextInt(100) < CLEARING_PERCENT) {
            return clearingCommand(contract, account);
        }
        if (roll < 60) {
            placed++;
            Side side = random.nextBoolean() ? Side.BID : Side.ASK;
            long away = random.nextInt(12) - 2;
            long price = contract.referencePriceTicks() + (side == Side.BID ? -away : away);
            return PlaceOrder.limit(time, account, placed, contract.instrumentId(), side, price,
                    1 + random.nextInt(10), TimeInForce.GTC);
        }
        if (roll < 70) {
            placed++;
            return PlaceOrder.market(time, account, placed, contract.instrumentId(),
                    random.nextBoolean() ? Side.BID : Side.ASK, 1 + random.nextInt(5), 10);
        }
        if (roll < 88) {
            int back = random.nextInt(500);
            if (oldest == newest) {
                return new CancelOrder(time, account, unheardOf(back));
            }
            int slot = slot(back);
            CancelOrder cancel = new CancelOrder(time, recentAccounts[slot], recentIds[slot]);
            forget(slot);
            return cancel;
        }
        if (roll < 98) {
            int back = random.nextInt(500);
            long price = contract.referencePriceTicks() - 5 + random.nextInt(11);
            if (oldest == newest) {
                return new AmendPrice(time, account, unheardOf(back), price);
            }
            int slot = slot(back);
            return new AmendPrice(time, recentAccounts[slot], recentIds[slot], price);
        }
        return new TimeTick(time);
    }

    /**
     * The exchange accepted one of this load's orders as {@code orderId}: later cancels and amendments may name it.
     * Fed in the order the exchange accepted them; past {@value #RECENT} the oldest is forgotten.
     */
    public void accepted(long orderId, long account) {
        if (newest - oldest == RECENT) {
            oldest++;
        }
        int slot = (int) (newest++ % RECENT);
        recentIds[slot] = orderId;
        recentAccounts[slot] = account;
    }

    /** The slot {@code back} places before the newest in the ring, counting round what it holds. */
    private int slot(int back) {
        return (int) ((newest - 1 - back % (newest - oldest)) % RECENT);
    }

    /** Takes a cancelled order out of the ring: the newest moves into its slot, so the ring stays contiguous. */
    private void forget(int slot) {
        int last = (int) (--newest % RECENT);
        recentIds[slot] = recentIds[last];
        recentAccounts[slot] = recentAccounts[last];
    }

    /** A clearing command; some are refused (a withdrawal beyond free cash, a settlement of spot), and journalled so. */
    private Command clearingCommand(ContractSpec contract, long account) {
        int roll = random.nextInt(100);
        String product = contract.product().code();
        if (roll < 30) {
            return new Deposit(time, account, 1 + random.nextInt(10_000_000), ++references);
        } else if (roll < 50) {
            return new Withdraw(time, account, 1 + random.nextLong(SeededClearing.FUNDS), ++references);
        } else if (roll < 75) {
            return new Settle(time, contract.instrumentId(), FIRST_DAY.plusDays(days++),
                    contract.referencePriceTicks() - 5 + random.nextInt(11));
        } else if (roll < 85) {
            List<Long> losses = new ArrayList<>();
            for (long loss : SeededClearing.riskArray(contract, 10 + random.nextInt(10)).losses()) {
                losses.add(loss);
            }
            return new LoadRiskArray(time, contract.instrumentId(), losses);
        } else if (roll < 92) {
            return new SetFees(time, product, -random.nextInt(100), 100 + random.nextInt(300));
        }
        return new PublishIndex(time, product, contract.hub(), FIRST_DAY.plusDays(days++));
    }

    /** An order nothing was heard of: the one the exchange would have numbered so had it accepted every order sent. */
    private long unheardOf(int back) {
        return 1 + Math.max(0, placed - 1 - back);
    }
}
