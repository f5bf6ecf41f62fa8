package com.suanli.exchange.defaults;

/**
 * The clearing house's rules for margin calls and close-outs.
 *
 * @param callWindowMillis how long a member has to meet a margin call, from the settlement that
 *        raised it: 1 minute to 7 days (CME collects by the next morning)
 * @param closeOutProtectionTicks how far beyond the best opposite price the exchange's closing
 *        market orders may trade, 1 to 1,000,000 ticks
 */
public record DefaultRules(long callWindowMillis, long closeOutProtectionTicks) {

    /** Four hours to meet a call; closing orders may go 50 ticks through the best price. */
    public static final DefaultRules STANDARD = new DefaultRules(4 * 3_600_000L, 50);

    public DefaultRules {
        if (callWindowMillis < 60_000 || callWindowMillis > 7 * 86_400_000L) {
            throw new IllegalArgumentException("callWindowMillis: must be 60000 (a minute) to 604800000 (a week), was "
                    + callWindowMillis);
        }
        if (closeOutProtectionTicks < 1 || closeOutProtectionTicks > 1_000_000) {
            throw new IllegalArgumentException("closeOutProtectionTicks: must be 1 to 1000000, was "
                    + closeOutProtectionTicks);
        }
    }
}
