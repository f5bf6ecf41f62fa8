package com.suanli.sessions.agent;

import com.suanli.sessions.fundamental.FairValues;
import com.suanli.sessions.market.MarketView;
import com.suanli.sessions.market.SessionListing;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an agent is shown when it wakes: the time its commands carry, the business day, the public
 * market, the fair values from the fundamental, and the listing.
 */
public record AgentContext(long time, LocalDate day, MarketView market, FairValues fair, SessionListing listing) {

    public AgentContext {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(fair, "fair");
        Objects.requireNonNull(listing, "listing");
    }
}
