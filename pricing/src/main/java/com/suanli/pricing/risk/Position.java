package com.suanli.pricing.risk;

/**
 * One holding of the book, able to value itself against any market view. Implementations wrap
 * a product's pricer; they must be immutable and thread-safe, since scenarios revalue in
 * parallel.
 */
public interface Position {

    /** Unique within a portfolio; the key the P&amp;L explain matches days by. */
    String id();

    /** Present value in CNY against {@code market}. */
    double presentValue(Market market);

    /**
     * Standard error of {@link #presentValue} when it is a Monte Carlo estimate; 0 for closed
     * forms and analytics (the default).
     */
    default double standardError(Market market) {
        return 0.0;
    }
}
