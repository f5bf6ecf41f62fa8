package com.suanli.data.listing;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.Sql;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ComputeUnit;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.ListingStrip;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;
import com.suanli.exchange.listing.Settlement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue the desk trades, on one connection (and so in its transaction). */
public final class CatalogueRepository {

    private final Connection connection;

    public CatalogueRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * Makes {@code plan} the desk's catalogue: the plan document and every contract it lists, replacing
     * the contracts of an earlier plan.
     * @param source where the plan came from, e.g. a file name or {@code default catalogue}
     * @return the contracts stored, as {@link #catalogue()} reads them back
     */
    public Catalogue save(ListingStrip plan, String source) throws SQLException {
        Catalogue catalogue = plan.catalogue();
        Sql.update(connection, "INSERT INTO listing_plans (loaded_at, source, document) VALUES (?, ?, ?)",
                OffsetDateTime.now(), source, CatalogueJson.write(plan));
        Sql.update(connection, "DELETE FROM contracts");
        Sql.update(connection, "DELETE FROM products");
        Map<String, ComputeProduct> products = new HashMap<>();
        catalogue.contracts().forEach(contract -> products.putIfAbsent(contract.product().code(), contract.product()));
        Sql.batch(connection, "INSERT INTO products VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", products.values(),
                product -> new Object[] {product.code(), product.name(), product.productClass(), product.unit(),
                        product.ratings().denseBf16Tflops(), product.ratings().fp8Tflops(),
                        product.ratings().fp64Tflops(), product.ratings().memoryGb(),
                        product.ratings().memoryBandwidthTbps(), product.ratings().cpuScore(),
                        product.ratings().powerKw()});
        Sql.batch(connection, "INSERT INTO contracts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                catalogue.contracts(), contract -> new Object[] {contract.instrumentId(), contract.symbol(),
                        contract.product().code(), contract.hub().code(), contract.green(), contract.kind(),
                        contract.deliveryMonth(), contract.settlement(), contract.contractSize(),
                        contract.tickSize(), contract.lotSize(), contract.maxOrderLots(), contract.priceBandBps(),
                        contract.referencePriceTicks(), contract.firstTradingDay(), contract.lastTradingDay(),
                        contract.expiry()});
        return catalogue;
    }

    /** Whether no catalogue was ever saved. */
    public boolean isEmpty() throws SQLException {
        return Sql.one(connection, "SELECT COUNT(*) FROM contracts", row -> row.getLong(1)).orElse(0L) == 0;
    }

    /** The latest saved plan, read back from its document. */
    public Optional<ListingStrip> plan() throws SQLException {
        return Sql.one(connection, "SELECT document FROM listing_plans ORDER BY plan_id DESC LIMIT 1",
                row -> CatalogueJson.readStrip(row.getString(1)));
    }

    /** The contracts as stored, or an empty catalogue. */
    public Catalogue catalogue() throws SQLException {
        Map<String, ComputeProduct> products = new HashMap<>();
        for (ComputeProduct product : Sql.list(connection, "SELECT * FROM products", CatalogueRepository::product)) {
            products.put(product.code(), product);
        }
        List<ContractSpec> contracts = Sql.list(connection, "SELECT * FROM contracts ORDER BY instrument_id",
                row -> contract(row, products));
        return Catalogue.of(contracts);
    }

    private static ComputeProduct product(ResultSet row) throws SQLException {
        Ratings ratings = new Ratings(row.getDouble("dense_bf16_tflops"), row.getDouble("fp8_tflops"),
                row.getDouble("fp64_tflops"), row.getDouble("memory_gb"), row.getDouble("memory_bandwidth_tbps"),
                row.getDouble("cpu_score"), row.getDouble("power_kw"));
        return new ComputeProduct(row.getString("code"), row.getString("name"),
                Sql.constant(row, "product_class", ProductClass.class),
                Sql.constant(row, "unit", ComputeUnit.class), ratings);
    }

    private static ContractSpec contract(ResultSet row, Map<String, ComputeProduct> products) throws SQLException {
        return new ContractSpec(row.getInt("instrument_id"), row.getString("symbol"),
                products.get(row.getString("product_code")), Hub.ofCode(row.getString("hub")), row.getBoolean("green"),
                Sql.constant(row, "kind", ContractKind.class), Sql.month(row, "delivery_month"),
                Sql.constant(row, "settlement", Settlement.class), row.getLong("contract_size"),
                row.getBigDecimal("tick_size"), row.getLong("lot_size"), row.getLong("max_order_lots"),
                row.getInt("price_band_bps"), row.getLong("reference_price_ticks"), Sql.date(row, "first_trading_day"),
                Sql.date(row, "last_trading_day"), Sql.date(row, "expiry"));
    }
}
