package com.suanli.gateway.load;

import com.suanli.cluster.member.WeekdayClock;
import com.suanli.data.host.Acknowledged;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.gateway.entry.OrderEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The replicated exchange made ready for the load runs: the members run the desk with clearing, so the traders'
 * accounts are opened under one firm and funded, and the contracts that trade today (the exchange's day, in
 * Beijing: the members stamp commands with the log's time, set back to Friday at a weekend by {@link WeekdayClock})
 * are opened for continuous trading.
 */
public final class ClusterDesk {

    private static final long FIRM = 100;
    private static final long FUNDS = 5_000_000_000L;
    /** The first top-up's deposit reference, above the accounts' numbers that the opening deposits use. */
    private static final long FIRST_TOP_UP = 1_000_000_000L;

    private ClusterDesk() {
    }

    /** The engine account of trader {@code n}, from 0. */
    public static long account(int n) {
        return ClearingSetup.FIRST_MEMBER_ACCOUNT + n;
    }

    /**
     * Opens {@code traders} accounts and up to {@code contracts} of today's tradable contracts.
     * @throws IllegalStateException when no contract trades today or the exchange refused a step
     */
    public static List<ContractSpec> open(OrderEntry entry, int traders, int contracts) throws Exception {
        LocalDate today = WeekdayClock.tradingDay();
        List<ContractSpec> traded = entry.catalogue().contracts().stream().filter(c -> c.isTradable(today))
                .limit(contracts).toList();
        if (traded.isEmpty()) {
            throw new IllegalStateException("no contract trades on " + today);
        }
        List<Acknowledged> setup = new ArrayList<>();
        setup.add(entry.submit(t -> new RegisterFirm(t, FIRM, "Firm " + FIRM)).get(60, TimeUnit.SECONDS));
        for (int n = 0; n < traders; n++) {
            long account = account(n);
            setup.add(entry.submit(t -> new OpenAccount(t, account, FIRM, AccountKind.TRADER))
                    .get(60, TimeUnit.SECONDS));
            setup.add(entry.submit(t -> new Deposit(t, account, FUNDS, account)).get(60, TimeUnit.SECONDS));
        }
        for (ContractSpec contract : traded) {
            setup.add(entry.submit(t -> new SessionCommand(t, contract.instrumentId(), SessionAction.OPEN_CONTINUOUS))
                    .get(60, TimeUnit.SECONDS));
        }
        if (!setup.stream().allMatch(Acknowledged::accepted)) {
            throw new IllegalStateException("the exchange did not open: " + setup);
        }
        return traded;
    }

    /**
     * Deposits the opening's funds again into each of the {@code traders} accounts, {@code round} (from 0) naming the
     * deposits apart: a run of some 160,000 orders spends a trader's cash on the spot contract, and the orders after
     * it would be refused, a path the measured runs should not take.
     * @throws IllegalStateException when the exchange refused a deposit
     */
    public static void topUp(OrderEntry entry, int traders, int round) throws Exception {
        for (int n = 0; n < traders; n++) {
            long account = account(n);
            long reference = FIRST_TOP_UP + (long) round * traders + n;
            Acknowledged done = entry.submit(t -> new Deposit(t, account, FUNDS, reference)).get(60, TimeUnit.SECONDS);
            if (!done.accepted()) {
                throw new IllegalStateException("the exchange refused a top-up: " + done);
            }
        }
    }
}
