package com.suanli.desk.exchange;

import com.suanli.data.clearing.Position;
import com.suanli.exchange.clearing.AccountStanding;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.marketdata.Bar;
import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.exchange.marketdata.TapeTrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the desk's read model starts from, taken from the engine on its own thread between two commands:
 * every book's full depth, each instrument's last trade, the lots it traded on its latest trading day and every
 * working order, as of the event {@code lastSequence} and the engine's {@code time} (epoch milliseconds), and the
 * positions when the desk has none recorded (a connected desk's). Events after it bring the model forward.
 */
record MarketSeed(long lastSequence, long time, List<DepthSnapshot> books, List<LastTrade> lastTrades,
                  List<DayVolume> dayVolumes, List<WorkingOrder> workingOrders, List<Position> positions) {

    MarketSeed {
        books = List.copyOf(books);
        lastTrades = List.copyOf(lastTrades);
        dayVolumes = List.copyOf(dayVolumes);
        workingOrders = List.copyOf(workingOrders);
        positions = List.copyOf(positions);
    }

    /**
     * With every open position the engine's clearing house holds: a connected desk's database recorded none of
     * the cluster's trades. Call on the engine's thread.
     */
    static MarketSeed withPositions(Engine engine) {
        MarketSeed market = of(engine);
        List<Position> positions = new ArrayList<>();
        for (AccountStanding standing : engine.accountStandings()) {
            standing.positions().forEach(p -> positions.add(
                    new Position(p.account(), p.instrumentId(), p.netLots(), market.lastSequence())));
        }
        return new MarketSeed(market.lastSequence(), market.time(), market.books(), market.lastTrades(),
                market.dayVolumes(), market.workingOrders(), positions);
    }

    /** Without positions: the desk's recorded ones are its start. Call on the engine's thread (through {@code ask}). */
    static MarketSeed of(Engine engine) {
        Objects.requireNonNull(engine, "engine");
        List<DepthSnapshot> books = new ArrayList<>();
        List<LastTrade> lastTrades = new ArrayList<>();
        List<DayVolume> dayVolumes = new ArrayList<>();
        for (int id : engine.instrumentIds()) {
            books.add(engine.depth(id, Integer.MAX_VALUE));
            List<TapeTrade> last = engine.recentTrades(id, 1);
            if (!last.isEmpty()) {
                TapeTrade trade = last.get(0);
                lastTrades.add(new LastTrade(id, trade.price(), trade.quantity(), trade.timeMillis()));
            }
            List<Bar> days = engine.dailyBars(id);
            if (!days.isEmpty() && days.get(days.size() - 1).volume() != Bar.SATURATED) {
                Bar latest = days.get(days.size() - 1);
                dayVolumes.add(new DayVolume(id, latest.startMillis(), latest.volume()));
            }
        }
        return new MarketSeed(engine.lastSequence(), engine.time(), books, lastTrades, dayVolumes,
                engine.workingOrders(), List.of());
    }
}
