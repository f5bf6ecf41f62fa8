package com.suanli.data.transfer;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.clearing.CashLedger;
import com.suanli.data.clearing.StatementCsv;
import com.suanli.data.csv.CsvTable;
import com.suanli.data.firm.FirmRepository;
import com.suanli.data.firm.FirmsJson;
import com.suanli.data.listing.CatalogueRepository;
import com.suanli.data.market.MarketDataRepository;
import com.suanli.data.pricing.CurvesJson;
import com.suanli.data.pricing.ScenarioSetJson;
import com.suanli.data.scenario.ScenarioRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.Sql;
import com.suanli.data.trading.BlotterCsv;
import com.suanli.data.trading.OrderRepository;
import com.suanli.data.trading.TradeRepository;
import com.suanli.data.trading.TradesCsv;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.market.IndexFixings;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.market.VolSurface;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Each export: the text of one file, read from the database in one transaction. */
public final class Exports {

    private Exports() {
    }

    /** The stored catalogue's plan, as the catalogue file it was imported from. */
    public static String catalogue(DeskStore store) {
        return CatalogueJson.write(store.transaction(c -> new CatalogueRepository(c).plan())
                .orElseThrow(() -> new IllegalArgumentException("catalogue: the database holds none yet")));
    }

    public static String firms(DeskStore store) {
        return FirmsJson.write(store.transaction(c -> {
            FirmRepository firms = new FirmRepository(c);
            return new FirmsJson.Firms(firms.firms(), firms.accounts());
        }));
    }

    public static String scenarioSet(DeskStore store, String name) {
        return ScenarioSetJson.write(store.transaction(c -> new ScenarioRepository(c).set(name))
                .orElseThrow(() -> new IllegalArgumentException("--name: no scenario set '" + name + "' is stored")));
    }

    /** The curves and surfaces of {@code date}, each with its index history up to that date. */
    public static String curves(DeskStore store, LocalDate date) {
        MarketData market = store.transaction(c -> {
            MarketDataRepository repository = new MarketDataRepository(c);
            Map<Underlying, ForwardCurve> curves = repository.curvesOn(date);
            if (curves.isEmpty()) {
                throw new IllegalArgumentException("--date: no curves are stored for " + date
                        + " (dates with curves: " + repository.curveDates() + ")");
            }
            Map<Underlying, VolSurface> surfaces = new HashMap<>();
            Map<Underlying, IndexFixings> fixings = new HashMap<>();
            for (Underlying underlying : curves.keySet()) {
                repository.surface(date, underlying).ifPresent(surface -> surfaces.put(underlying, surface));
                IndexFixings history = repository.fixings(underlying);
                if (!history.byDate().headMap(date, true).isEmpty()) {
                    fixings.put(underlying, new IndexFixings(new TreeMap<>(history.byDate().headMap(date, true))));
                }
            }
            return new MarketData(date, 0.0, curves, surfaces, fixings);
        });
        return CurvesJson.write(market);
    }

    /** Every trade, or those of one trading day. */
    public static String trades(DeskStore store, LocalDate tradeDate) {
        return TradesCsv.write(store.transaction(c -> tradeDate == null
                ? new TradeRepository(c).trades() : new TradeRepository(c).on(tradeDate)));
    }

    public static String blotter(DeskStore store) {
        return BlotterCsv.write(store.transaction(c -> new OrderRepository(c).orders()));
    }

    public static String statement(DeskStore store, long account, LocalDate from, LocalDate to) {
        return StatementCsv.write(store.transaction(c -> new CashLedger(c).statement(account, from, to)));
    }

    /** The views a report can be taken from: those of the schema (docs/DATABASE.md). */
    public static List<String> views(DeskStore store) {
        return store.transaction(c -> Sql.list(c, "SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.VIEWS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME", row -> row.getString(1)));
    }

    /** A named view as a CSV report: its columns as the header, one row per row. */
    public static String view(DeskStore store, String name) {
        List<String> views = views(store);
        if (!views.contains(name)) {
            throw new IllegalArgumentException("view: '" + name + "' is not one of " + views);
        }
        return store.transaction(c -> {
            try (var statement = c.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM " + name)) {
                ResultSetMetaData meta = rows.getMetaData();
                String[] columns = new String[meta.getColumnCount()];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                }
                List<List<Object>> values = new ArrayList<>();
                while (rows.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns.length; i++) {
                        row.add(rows.getObject(i));
                    }
                    values.add(row);
                }
                return new CsvTable(columns).write(values);
            }
        });
    }
}
