package com.suanli.sessions.run;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Expire;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.SetDeliveryTerms;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Settlement;
import com.suanli.sessions.agent.Agent;
import com.suanli.sessions.market.SessionListing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When the session ends its futures (docs/CLEARING.md, "Expiry and final settlement"): a physically
 * delivered future on the first business day after its last trading day (its final price is its
 * last settlement, and its positions become delivery obligations), a cash-settled one on the first
 * business day after its delivery month (its final price is the month's average index, which the
 * session fixed every day). Each once, in instrument order. Physical products need delivery terms
 * at every hub first: the penalty is half the value of a failed unit, as in the clearing tests; the
 * energy and grid factors are left at 0 because the session models no power use. A future with
 * orders working cannot expire, and market makers' quotes outlive the close, so at the close of a
 * contract's last trading day the makers pull their quotes in it, as a maker does when trading ends.
 */
final class Expiries {

    private static final int PENALTY_BPS = 5_000;

    private final SessionListing listing;
    private final boolean[] expired;

    Expiries(SessionListing listing) {
        this.listing = listing;
        this.expired = new boolean[listing.maxInstrumentId() + 1];
    }

    /** The delivery terms of every physically delivered product at every hub it is listed at. */
    List<Command> deliveryTerms(long time) {
        Set<String> seen = new LinkedHashSet<>();
        List<Command> terms = new ArrayList<>();
        for (ContractSpec spec : listing.contracts()) {
            if (spec.kind() == ContractKind.FUTURE && spec.settlement() == Settlement.PHYSICAL
                    && seen.add(spec.product().code() + "-" + spec.hub().code())) {
                terms.add(new SetDeliveryTerms(time, spec.product().code(), spec.hub(), PENALTY_BPS, 0, 0));
            }
        }
        return terms;
    }

    /**
     * The makers' quotes pulled from every contract whose last trading day is {@code day}; {@code everyAgent}: every
     * agent's orders (live, where the day orders are never expired by a close).
     */
    List<Command> quotesPulled(LocalDate day, long time, List<Agent> agents, boolean everyAgent) {
        List<Command> pulled = new ArrayList<>();
        for (ContractSpec spec : listing.contracts()) {
            if (spec.lastTradingDay().equals(day)) {
                for (Agent agent : agents) {
                    if (everyAgent || agent.kind() == AccountKind.MARKET_MAKER) {
                        pulled.add(new MassCancel(time, agent.account(), spec.instrumentId()));
                    }
                }
            }
        }
        return pulled;
    }

    /** The expiries due on {@code day}, at {@code time}, each future once. */
    List<Command> due(LocalDate day, long time) {
        List<Command> due = new ArrayList<>();
        for (ContractSpec spec : listing.contracts()) {
            int id = spec.instrumentId();
            if (spec.kind() == ContractKind.FUTURE && !expired[id] && day.isAfter(lastDayBeforeExpiry(spec))) {
                expired[id] = true;
                due.add(new Expire(time, id, day));
            }
        }
        return due;
    }

    private static LocalDate lastDayBeforeExpiry(ContractSpec spec) {
        return spec.settlement() == Settlement.PHYSICAL ? spec.lastTradingDay() : spec.deliveryMonth().atEndOfMonth();
    }
}
