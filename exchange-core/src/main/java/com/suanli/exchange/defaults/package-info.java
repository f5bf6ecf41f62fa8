/**
 * Default management inside the sequencer: margin calls after each daily settlement, their
 * deadlines, the declaration of a default, and the waterfall that meets a defaulter's loss (its
 * own cash, its default-fund contribution, the exchange's capital, the other members'
 * contributions pro rata). The clearing house owns a {@link com.suanli.exchange.defaults.DefaultDesk}
 * and delegates to it; the desk sees the house's books only through
 * {@link com.suanli.exchange.defaults.MemberBooks}, and the engine does the liquidation (cancelling the
 * defaulter's orders, closing its positions into the market). Named {@code defaults} because
 * {@code default} is a Java keyword. See docs/CLEARING.md, "Margin calls", "Liquidation",
 * "Default waterfall".
 */
package com.suanli.exchange.defaults;
