package com.suanli.desk.exchange;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What an account is opened with: the firm it belongs to (registered with {@code firmName} where the exchange lacks
 * it) and its opening deposit. An administrator chooses them (the Users screen, {@code desk users add --firm --cash});
 * the desk's own are {@link #DESK}. A refusal names the field as the screen and the command line name it.
 */
public record AccountTerms(long firm, String firmName, long openingCash) {

    /** The workstation's own: the desk's firm 100 and one million CNY. */
    public static final AccountTerms DESK = new AccountTerms(LocalTrader.FIRM, LocalTrader.FIRM_NAME,
            LocalTrader.STARTING_CASH);

    /**
     * The most one account opens with, in fen: ten billion CNY, far above any desk's client and far below where the
     * ledger's sums of fen could near a long's range. A figure above it is a slip of the keyboard, not a deposit.
     */
    public static final long MOST_CASH = 1_000_000_000_000L;

    public AccountTerms {
        if (firm <= 0) {
            throw new IllegalArgumentException("firm: must be a firm number above 0, was " + firm);
        }
        firmName = firmName == null ? "" : firmName.strip();
        if (openingCash < 0 || openingCash > MOST_CASH) {
            throw new IllegalArgumentException("cash: must be 0 to " + cny(MOST_CASH) + ", was " + cny(openingCash));
        }
    }

    /**
     * The terms as typed: a firm number, the new firm's name (blank for a firm the exchange has) and the cash in
     * CNY with at most two decimals (fen).
     * @throws IllegalArgumentException naming the field: {@code firm: ...} or {@code cash: ...}
     */
    public static AccountTerms parse(String firm, String firmName, String cashCny) {
        long firmId;
        try {
            firmId = Long.parseLong(Objects.requireNonNullElse(firm, "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("firm: must be a firm number above 0, was '" + firm + "'");
        }
        long fen;
        try {
            fen = new BigDecimal(Objects.requireNonNullElse(cashCny, "").strip().replace(",", ""))
                    .movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("cash: must be an amount in CNY with at most two decimals, was '"
                    + cashCny + "'");
        }
        return new AccountTerms(firmId, firmName, fen);
    }

    /** The cash as the screen and the command line show it: {@code 1,000,000 CNY}, fen only where there are any. */
    public static String cny(long fen) {
        BigDecimal yuan = BigDecimal.valueOf(fen, 2).stripTrailingZeros();
        return String.format(Locale.ROOT, yuan.scale() > 0 ? "%,.2f CNY" : "%,.0f CNY", yuan);
    }

    /** {@code firm 100, 1,000,000 CNY}. */
    public String described() {
        return "firm " + firm + ", " + cny(openingCash);
    }
}
