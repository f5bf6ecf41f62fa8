package com.suanli.sessions.run;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PublishIndex;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.config.SessionClock;
import com.suanli.sessions.fundamental.FairValues;
import com.suanli.sessions.fundamental.Fundamental;
import com.suanli.sessions.fundamental.HubFundamental;
import com.suanli.sessions.insurance.InsuranceProgramme;
import com.suanli.sessions.market.SessionListing;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The session clock's day boundaries, the same for a headless run and a live session on the desk: the
 * open (the night passes for the fundamental and the monitors, futures due expire, the hubs meter the
 * deliveries, bands are centred on the last settlement or fixing, covers are renewed) and the close
 * (each product and hub's index fixed, every future trading that day settled, with its variation
 * margin and margin calls, and the makers' quotes pulled where trading ends). Headless, the books open
 * and close with the day; live, the desk's market stays open and only the clearing day turns.
 * Commands carry the time given (the exchange's); the night's length is the session clock's.
 */
final class TradingDay {

    private final SessionClock clock;
    private final SessionListing listing;
    private final Fundamental fundamental;
    private final FairValues fair;
    private final SessionTally tally;
    private final Expiries expiries;
    private final DeliveryMetering metering;
    private final InsuranceProgramme insurance;
    private final AgentRoster roster;
    private LocalDate lastClosed;

    TradingDay(SessionClock clock, SessionListing listing, Fundamental fundamental, FairValues fair, SessionTally tally,
               Expiries expiries, DeliveryMetering metering, InsuranceProgramme insurance, AgentRoster roster) {
        this.clock = clock;
        this.listing = listing;
        this.fundamental = fundamental;
        this.fair = fair;
        this.tally = tally;
        this.expiries = expiries;
        this.metering = metering;
        this.insurance = insurance;
        this.roster = roster;
    }

    /**
     * Opens {@code day} at {@code time}: after the night since the last close, expiries, delivery
     * reports, fair values, each trading contract's band (and, if {@code openBooks}, its continuous
     * session), the labs' covers, and the providers' reports.
     * @return the contracts trading that day
     */
    List<ContractSpec> open(LocalDate day, long time, boolean openBooks, Consumer<Command> send) {
        if (lastClosed != null) {
            fundamental.advance(time, nightMinutes(day), insurance);
        }
        send.accept(new TimeTick(time));
        expiries.due(day, time).forEach(send);
        metering.reports(day, time).forEach(send);
        fair.refresh(day);
        List<ContractSpec> trading = listing.contracts().stream().filter(spec -> SessionListing.tradesOn(spec, day))
                .toList();
        for (ContractSpec spec : trading) {
            int id = spec.instrumentId();
            long mark = tally.lastMark(id);
            send.accept(new SetReferencePrice(time, id, mark > 0 ? mark : fair.wholeTicks(id)));
            if (openBooks) {
                send.accept(new SessionCommand(time, id, SessionAction.OPEN_CONTINUOUS));
            }
        }
        // Covers renewed first, so the night's outages, reported at the open, fall under today's.
        insure(day, time, send);
        // Once the books are open: the exchange offers a defaulter's positions again at a TimeTick (docs/CLEARING.md).
        send.accept(new TimeTick(time));
        fundamental.report(time, insurance);
        return trading;
    }

    /**
     * Closes {@code day} at {@code time}: every index fixed, every future of {@code trading} settled (the
     * operator's price the fair value), the books closed if {@code closeBooks}, and the makers' quotes
     * pulled from contracts whose trading ends today; live, where no close expires the day orders, every
     * agent's orders there are cancelled too, so nothing of theirs stops the contract's expiry.
     */
    void close(LocalDate day, long time, List<ContractSpec> trading, boolean closeBooks, Consumer<Command> send) {
        for (HubFundamental hub : fundamental.hubs()) {
            send.accept(new PublishIndex(time, hub.productCode(), hub.hub(), day));
        }
        for (ContractSpec spec : trading) {
            if (spec.kind() == ContractKind.FUTURE) {
                send.accept(new Settle(time, spec.instrumentId(), day, fair.wholeTicks(spec.instrumentId())));
            }
        }
        if (closeBooks) {
            for (ContractSpec spec : trading) {
                send.accept(new SessionCommand(time, spec.instrumentId(), SessionAction.CLOSE));
            }
        }
        expiries.quotesPulled(day, time, roster.agents(), !closeBooks).forEach(send);
        lastClosed = day;
    }

    /** The labs' covers bought or renewed on {@code day}, then the outages monitored since the last call reported. */
    void insure(LocalDate day, long time, Consumer<Command> send) {
        insurance.atOpen(day, time, this::indexTicks, send);
        insurance.flush(send);
    }

    /** Minutes of the session clock from the last close to {@code day}'s open (a weekend's too). */
    private double nightMinutes(LocalDate day) {
        return Duration.between(lastClosed.atTime(clock.close()), day.atTime(clock.open())).toMillis() / 60_000.0;
    }

    /** The index of a spot contract's product and hub now: its last fixing, else the fair value. */
    private long indexTicks(ContractSpec spot) {
        long fixed = tally.lastMark(spot.instrumentId());
        return fixed > 0 ? fixed : fair.wholeTicks(spot.instrumentId());
    }
}
