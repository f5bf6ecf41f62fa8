package com.suanli.desk.ui.chart;

import com.suanli.data.store.DeskStore;
import com.suanli.exchange.engine.event.Aggressor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The trades the desk's recorder wrote into the {@code trades} table (docs/DATABASE.md). Before the
 * database is open (it opens with the engine) there is no history, which is not an error: the chart starts
 * from the live trades.
 */
public final class DatabaseTradeArchive implements TradeArchive {

    private static final String NEWEST = "SELECT trade_id, executed_at, price_ticks, quantity, aggressor FROM trades"
            + " WHERE instrument_id = ? ORDER BY trade_id DESC LIMIT ?";

    private final Supplier<Optional<DeskStore>> store;

    public DatabaseTradeArchive(Supplier<Optional<DeskStore>> store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<ArchivedTrade> trades(int instrumentId, int newest) {
        if (newest <= 0) {
            throw new IllegalArgumentException("newest: must be a positive number of trades, was " + newest);
        }
        return store.get().map(desk -> desk.transaction(connection -> {
            List<ArchivedTrade> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(NEWEST)) {
                query.setInt(1, instrumentId);
                query.setInt(2, newest);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new ArchivedTrade(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                                rows.getLong(4), Aggressor.valueOf(rows.getString(5))));
                    }
                }
            }
            Collections.reverse(found);
            return found;
        })).orElse(List.of());
    }
}
