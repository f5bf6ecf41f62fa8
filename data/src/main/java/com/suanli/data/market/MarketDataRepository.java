package com.suanli.data.market;

import com.suanli.data.store.Sql;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.market.IndexFixings;
import com.suanli.pricing.market.VolSmile;
import com.suanli.pricing.market.VolSurface;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Index history, curves and surfaces, on one connection. Saving a curve or surface of a date replaces it. */
public final class MarketDataRepository {

    private static final String UNDERLYING = "product_code = ? AND hub = ? AND green = ?";

    private final Connection connection;

    public MarketDataRepository(Connection connection) {
        this.connection = connection;
    }

    /** Adds the fixings to the underlying's index history; a date fixed already takes the new value. */
    public void saveFixings(Underlying underlying, IndexFixings fixings) throws SQLException {
        Sql.batch(connection, "MERGE INTO index_fixings KEY (product_code, hub, green, fixing_date) VALUES (?, ?, ?, ?, ?)",
                fixings.byDate().entrySet(), fixing -> new Object[] {underlying.productCode(), underlying.hubCode(),
                        underlying.green(), fixing.getKey(), fixing.getValue()});
    }

    /** The underlying's whole index history, oldest first ({@link IndexFixings#NONE} if it has none). */
    public IndexFixings fixings(Underlying underlying) throws SQLException {
        TreeMap<LocalDate, Double> byDate = new TreeMap<>();
        for (Fixing fixing : Sql.list(connection, "SELECT fixing_date, fixing FROM index_fixings WHERE " + UNDERLYING,
                row -> new Fixing(Sql.date(row, "fixing_date"), row.getDouble("fixing")), key(underlying))) {
            byDate.put(fixing.date(), fixing.value());
        }
        return byDate.isEmpty() ? IndexFixings.NONE : new IndexFixings(byDate);
    }

    /** The underlyings that have an index history. */
    public List<Underlying> indexedUnderlyings() throws SQLException {
        return Sql.list(connection, "SELECT DISTINCT product_code, hub, green FROM index_fixings"
                + " ORDER BY product_code, hub, green", MarketDataRepository::underlying);
    }

    public void saveCurve(LocalDate date, Underlying underlying, ForwardCurve curve) throws SQLException {
        Sql.update(connection, "DELETE FROM forward_quotes WHERE curve_date = ? AND " + UNDERLYING, dated(date, underlying));
        Sql.batch(connection, "INSERT INTO forward_quotes VALUES (?, ?, ?, ?, ?, ?)", curve.quotes().entrySet(),
                quote -> new Object[] {date, underlying.productCode(), underlying.hubCode(), underlying.green(),
                        quote.getKey(), quote.getValue()});
    }

    public Optional<ForwardCurve> curve(LocalDate date, Underlying underlying) throws SQLException {
        TreeMap<YearMonth, Double> quotes = new TreeMap<>();
        for (Quote quote : Sql.list(connection, "SELECT delivery_month, price FROM forward_quotes WHERE curve_date = ? AND "
                + UNDERLYING, row -> new Quote(Sql.month(row, "delivery_month"), row.getDouble("price")),
                dated(date, underlying))) {
            quotes.put(quote.month(), quote.price());
        }
        return quotes.isEmpty() ? Optional.empty() : Optional.of(ForwardCurve.of(quotes));
    }

    /** Every curve of a date, by underlying in code order. */
    public Map<Underlying, ForwardCurve> curvesOn(LocalDate date) throws SQLException {
        Map<Underlying, ForwardCurve> curves = new LinkedHashMap<>();
        for (Underlying underlying : Sql.list(connection, "SELECT DISTINCT product_code, hub, green FROM forward_quotes"
                + " WHERE curve_date = ? ORDER BY product_code, hub, green", MarketDataRepository::underlying, date)) {
            curves.put(underlying, curve(date, underlying).orElseThrow());
        }
        return curves;
    }

    /** The dates that have curves, oldest first. */
    public List<LocalDate> curveDates() throws SQLException {
        return Sql.list(connection, "SELECT DISTINCT curve_date FROM forward_quotes ORDER BY curve_date",
                row -> Sql.date(row, "curve_date"));
    }

    public void saveSurface(LocalDate date, Underlying underlying, VolSurface surface) throws SQLException {
        Sql.update(connection, "DELETE FROM vol_points WHERE curve_date = ? AND " + UNDERLYING, dated(date, underlying));
        List<Object[]> points = new ArrayList<>();
        for (VolSmile smile : surface.smiles().values()) {
            for (int i = 0; i < smile.strikes().length; i++) {
                points.add(new Object[] {date, underlying.productCode(), underlying.hubCode(), underlying.green(),
                        smile.expiry(), smile.strikes()[i], smile.vols()[i]});
            }
        }
        Sql.batch(connection, "INSERT INTO vol_points VALUES (?, ?, ?, ?, ?, ?, ?)", points, point -> point);
    }

    public Optional<VolSurface> surface(LocalDate date, Underlying underlying) throws SQLException {
        Map<LocalDate, List<VolPoint>> points = new TreeMap<>();
        for (VolPoint point : Sql.list(connection, "SELECT expiry, strike, vol FROM vol_points WHERE curve_date = ? AND "
                + UNDERLYING + " ORDER BY expiry, strike", row -> new VolPoint(Sql.date(row, "expiry"),
                row.getDouble("strike"), row.getDouble("vol")), dated(date, underlying))) {
            points.computeIfAbsent(point.expiry(), expiry -> new ArrayList<>()).add(point);
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        List<VolSmile> smiles = new ArrayList<>();
        points.forEach((expiry, smile) -> smiles.add(VolSmile.of(expiry,
                smile.stream().mapToDouble(VolPoint::strike).toArray(),
                smile.stream().mapToDouble(VolPoint::vol).toArray())));
        return Optional.of(VolSurface.of(smiles.toArray(VolSmile[]::new)));
    }

    private record Fixing(LocalDate date, double value) {
    }

    private record Quote(YearMonth month, double price) {
    }

    private record VolPoint(LocalDate expiry, double strike, double vol) {
    }

    private static Object[] key(Underlying underlying) {
        return new Object[] {underlying.productCode(), underlying.hubCode(), underlying.green()};
    }

    private static Object[] dated(LocalDate date, Underlying underlying) {
        return new Object[] {date, underlying.productCode(), underlying.hubCode(), underlying.green()};
    }

    private static Underlying underlying(ResultSet row) throws SQLException {
        return new Underlying(row.getString("product_code"), row.getString("hub"), row.getBoolean("green"));
    }
}
