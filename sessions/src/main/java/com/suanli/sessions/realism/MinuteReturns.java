package com.suanli.sessions.realism;

import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.agent.AgentContext;
import com.suanli.sessions.market.MarketView;
import com.suanli.sessions.market.SessionListing;
import com.suanli.sessions.run.SessionObserver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples each standard contract's mid (else last trade) at the end of every step and keeps the log
 * returns from one step to the next within a trading day: the night between two days is no minute,
 * so each contract's day is a segment of its own. With one-minute steps these are one-minute returns.
 */
public final class MinuteReturns implements SessionObserver {

    private final SessionListing listing;
    private final long[] previous;
    private final List<List<List<Double>>> segments = new ArrayList<>();
    private final LocalDate[] segmentDay;

    public MinuteReturns(SessionListing listing) {
        this.listing = listing;
        int size = listing.maxInstrumentId() + 1;
        this.previous = new long[size];
        this.segmentDay = new LocalDate[size];
        for (int id = 0; id < size; id++) {
            segments.add(new ArrayList<>());
        }
    }

    @Override
    public void onStep(AgentContext context) {
        MarketView market = context.market();
        for (ContractSpec spec : listing.contracts()) {
            int id = spec.instrumentId();
            long price = market.mid(id);
            if (spec.green() || !market.trading(id) || price <= 0) {
                continue;
            }
            List<List<Double>> days = segments.get(id);
            if (!context.day().equals(segmentDay[id])) {
                segmentDay[id] = context.day();
                days.add(new ArrayList<>());
            } else {
                days.get(days.size() - 1).add(Math.log((double) price / previous[id]));
            }
            previous[id] = price;
        }
    }

    /** A contract's returns, one list per trading day, in time order. */
    public List<List<Double>> segments(int instrumentId) {
        return segments.get(instrumentId);
    }

    /**
     * Returns over {@code steps} steps: each day's returns summed in whole blocks of {@code steps} (a log
     * return adds up), the day's last part block left out. With one-minute steps and 60, hourly returns.
     */
    public static List<List<Double>> aggregated(List<List<Double>> days, int steps) {
        List<List<Double>> blocks = new ArrayList<>();
        for (List<Double> day : days) {
            List<Double> summed = new ArrayList<>();
            for (int start = 0; start + steps <= day.size(); start += steps) {
                summed.add(day.subList(start, start + steps).stream().mapToDouble(Double::doubleValue).sum());
            }
            blocks.add(summed);
        }
        return blocks;
    }
}
