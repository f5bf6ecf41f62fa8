package com.suanli.desk.exchange;

import java.util.List;

/**
 * The account the workstation trades, opened in the desk's clearing house at the first start as every
 * account of the desk is ({@link AccountOpening}): the desk's firm, a {@code TRADER} account under it and its
 * starting cash, each sent only when absent, so a restart sends nothing twice.
 */
public final class LocalTrader {

    /** The workstation's account, a member's (members start at 100; the house has 1 to 4). */
    public static final long ACCOUNT = 1001;
    /** The desk's own firm; the house firm is 1 and a simulated session's groups are 10 and up. */
    public static final long FIRM = 100;
    static final String FIRM_NAME = "Local desk";
    /** One million CNY, in fen: margin for a few hundred lots of GPU-hour futures. */
    public static final long STARTING_CASH = 100_000_000L;

    private LocalTrader() {
    }

    /**
     * Opens what is absent at {@code time} ({@link AccountOpening}).
     * @throws IllegalStateException when clearing refuses one of them (its reason in the message)
     */
    static void open(DeskExchange exchange, long time) {
        try {
            AccountOpening.openAbsent(exchange::submit, exchange, time, List.of(ACCOUNT), AccountTerms.DESK);
        } catch (IllegalStateException refused) {
            throw new IllegalStateException("the desk's " + refused.getMessage(), refused);
        }
    }
}
