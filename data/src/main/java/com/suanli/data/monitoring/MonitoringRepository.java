package com.suanli.data.monitoring;

import com.suanli.data.store.Sql;
import com.suanli.exchange.listing.Hub;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Hub readings and outages, on one connection; rows are only added, and read back in time order. */
public final class MonitoringRepository {

    private final Connection connection;

    public MonitoringRepository(Connection connection) {
        this.connection = connection;
    }

    public void add(HubReading reading) throws SQLException {
        Sql.update(connection, "INSERT INTO hub_readings (read_at, product_code, hub, capacity_gpus, online_gpus,"
                + " busy_gpus, occupancy, service_quality, open_outages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", utc(reading.at()),
                reading.productCode(), reading.hub().code(), reading.capacityGpus(), reading.onlineGpus(),
                reading.busyGpus(), reading.occupancy(), reading.serviceQuality(), reading.openOutages());
    }

    public void add(HubOutage outage) throws SQLException {
        Sql.update(connection, "INSERT INTO hub_outages (started_at, product_code, hub, gpus_offline, minutes)"
                + " VALUES (?, ?, ?, ?, ?)", utc(outage.start()), outage.productCode(), outage.hub().code(),
                outage.gpusOffline(), outage.minutes());
    }

    /** The readings since {@code from} (inclusive), oldest first, in the order they were kept. */
    public List<HubReading> readingsSince(Instant from) throws SQLException {
        return Sql.list(connection, "SELECT * FROM hub_readings WHERE read_at >= ? ORDER BY read_at, reading_id",
                MonitoringRepository::reading, utc(from));
    }

    /** When the first reading was kept: when monitoring began (empty before any). */
    public Optional<Instant> firstReadingAt() throws SQLException {
        return Sql.list(connection, "SELECT MIN(read_at) AS first_at FROM hub_readings",
                row -> Optional.ofNullable(row.getObject("first_at", OffsetDateTime.class))).get(0)
                .map(OffsetDateTime::toInstant);
    }

    /** Every outage, oldest first. */
    public List<HubOutage> outages() throws SQLException {
        return Sql.list(connection, "SELECT * FROM hub_outages ORDER BY started_at, outage_id",
                MonitoringRepository::outage);
    }

    private static HubReading reading(ResultSet row) throws SQLException {
        return new HubReading(instant(row, "read_at"), row.getString("product_code"), Hub.ofCode(row.getString("hub")),
                row.getLong("capacity_gpus"), row.getLong("online_gpus"), row.getLong("busy_gpus"),
                row.getDouble("occupancy"), row.getDouble("service_quality"), row.getInt("open_outages"));
    }

    private static HubOutage outage(ResultSet row) throws SQLException {
        return new HubOutage(instant(row, "started_at"), row.getString("product_code"), Hub.ofCode(row.getString("hub")),
                row.getLong("gpus_offline"), row.getLong("minutes"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
