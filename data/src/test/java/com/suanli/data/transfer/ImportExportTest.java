package com.suanli.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.clearing.StatementCsv;
import com.suanli.data.csv.CsvReadException;
import com.suanli.data.csv.Lined;
import com.suanli.data.firm.FirmsJson;
import com.suanli.data.json.JsonReadException;
import com.suanli.data.pricing.CurvesJson;
import com.suanli.data.pricing.ScenarioSetJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.Sql;
import com.suanli.data.store.TestStores;
import com.suanli.data.trading.BlotterCsv;
import com.suanli.data.trading.OrderRepository;
import com.suanli.data.trading.OrderRecord;
import com.suanli.pricing.market.MarketData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every documented example file imported into a real database and exported again; bad files leave nothing behind. */
class ImportExportTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/examples");

    @TempDir
    Path dir;

    private DeskStore store;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void the_catalogue_round_trips_through_the_database() throws IOException {
        Path example = EXAMPLES.resolve("catalogue-small.json");

        assertThat(Imports.catalogue(store, example)).isEqualTo("imported 9 contracts from " + example);

        String exported = Exports.catalogue(store);
        assertThat(CatalogueJson.readStrip(exported)).isEqualTo(CatalogueJson.readStrip(example));
        assertThat(count("contracts")).isEqualTo(9);
    }

    @Test
    void firms_and_accounts_round_trip_and_the_export_is_the_example() throws IOException {
        Path example = EXAMPLES.resolve("firms.json");

        assertThat(Imports.firms(store, example)).isEqualTo("imported 2 firms and 3 accounts from " + example);

        Path exported = write("firms.json", Exports.firms(store));
        assertThat(FirmsJson.read(exported)).isEqualTo(FirmsJson.read(example));
    }

    @Test
    void a_scenario_set_round_trips_by_name() throws IOException {
        Path example = EXAMPLES.resolve("scenarios/desk-stress.json");
        String name = ScenarioSetJson.read(example).name();

        Imports.scenarios(store, example);

        assertThat(ScenarioSetJson.read(write("set.json", Exports.scenarioSet(store, name))))
                .isEqualTo(ScenarioSetJson.read(example));
        assertThatThrownBy(() -> Exports.scenarioSet(store, "nameless")).hasMessage("--name: no scenario set 'nameless' is stored");
    }

    @Test
    void curves_surfaces_and_fixings_round_trip_by_date() throws IOException {
        Path example = EXAMPLES.resolve("curves.json");
        MarketData original = CurvesJson.read(example);

        Imports.curves(store, example);

        MarketData exported = CurvesJson.read(write("curves.json", Exports.curves(store, original.valuationDate())));
        assertThat(exported.curves()).isEqualTo(original.curves());
        assertThat(exported.volSurfaces()).isEqualTo(original.volSurfaces());
        assertThat(exported.fixings()).isEqualTo(original.fixings());
        assertThatThrownBy(() -> Exports.curves(store, LocalDate.of(2026, 11, 26)))
                .hasMessage("--date: no curves are stored for 2026-11-26 (dates with curves: [2026-11-27])");
    }

    @Test
    void trades_and_statements_round_trip_to_the_same_csv_text() throws IOException {
        Imports.firms(store, EXAMPLES.resolve("firms.json"));

        assertThat(Imports.trades(store, EXAMPLES.resolve("trades.csv"))).startsWith("imported 3 trades from ");
        assertThat(Imports.statement(store, EXAMPLES.resolve("statement.csv"))).startsWith("imported 3 cash entries from ");

        assertThat(Exports.trades(store, null)).isEqualTo(Files.readString(EXAMPLES.resolve("trades.csv")));
        assertThat(Exports.statement(store, 201, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .isEqualTo(Files.readString(EXAMPLES.resolve("statement.csv")));
        assertThat(Lined.values(StatementCsv.read(EXAMPLES.resolve("statement.csv")))).hasSize(3);
    }

    @Test
    void the_blotter_reads_back_as_the_orders_it_was_written_from() throws IOException {
        Path example = EXAMPLES.resolve("blotter.csv");
        List<OrderRecord> orders = Lined.values(BlotterCsv.read(example));
        store.transaction(c -> {
            for (OrderRecord order : orders) {
                new OrderRepository(c).accept(order);
            }
            return null;
        });

        assertThat(Exports.blotter(store)).isEqualTo(Files.readString(example));
    }

    @Test
    void a_named_view_exports_as_a_csv_report_with_its_columns() {
        Imports.firms(store, EXAMPLES.resolve("firms.json"));
        Imports.statement(store, EXAMPLES.resolve("statement.csv"));

        assertThat(Exports.view(store, "cash_balances"))
                .isEqualTo("account_id,firm_code,currency,balance,last_booked\n201,WESTWIND,CNY,499587.60,2026-11-02\n");
        assertThat(Exports.views(store)).contains("todays_trades", "positions_by_account", "margin_by_firm");
        assertThatThrownBy(() -> Exports.view(store, "users; DROP TABLE users"))
                .hasMessageStartingWith("view: 'users; DROP TABLE users' is not one of [");
    }

    @Test
    void a_bad_trades_file_is_refused_naming_line_and_column_and_nothing_of_it_is_kept() throws IOException {
        Path bad = write("trades.csv", Files.readString(EXAMPLES.resolve("trades.csv")).replace(",2151,2,", ",2151,0,"));

        assertThatThrownBy(() -> Imports.trades(store, bad)).isInstanceOf(CsvReadException.class)
                .hasMessage(bad + " line 3: quantity: must be > 0, was 0");
        Path wrongType = write("trades2.csv", Files.readString(EXAMPLES.resolve("trades.csv")).replace("SELLER\n3,", "SELLER\nthree,"));
        assertThatThrownBy(() -> Imports.trades(store, wrongType))
                .hasMessage(wrongType + " line 4, column trade_id: must be a whole number, was 'three'");
        assertThat(count("trades")).isZero();
    }

    @Test
    void a_trade_the_database_holds_already_refuses_the_whole_file() throws IOException {
        Imports.trades(store, EXAMPLES.resolve("trades.csv"));
        Path more = write("more.csv", Files.readAllLines(EXAMPLES.resolve("trades.csv")).get(0) + "\n9,99,1793671300000,2,2150,1,3,101,5,201,BUYER\n"
                + "2,100,1793671300000,2,2150,1,3,101,5,201,BUYER\n");

        assertThatThrownBy(() -> Imports.trades(store, more))
                .hasMessage(more + " line 3, column trade_id: trade 2 or sequence 100 is in the database already");
        assertThat(count("trades")).isEqualTo(3);
    }

    @Test
    void a_bad_catalogue_or_firms_file_is_refused_naming_the_json_path_and_nothing_is_kept() throws IOException {
        Path catalogue = write("catalogue.json", Files.readString(EXAMPLES.resolve("catalogue-small.json"))
                .replace("\"tickSize\": 0.01", "\"tickSize\": -0.01"));
        Path firms = write("firms.json", Files.readString(EXAMPLES.resolve("firms.json"))
                .replace("\"currency\": \"CNY\", \"open\": true }\n      ]\n    },", "\"currency\": \"yuan\", \"open\": true }\n      ]\n    },"));

        assertThatThrownBy(() -> Imports.catalogue(store, catalogue)).isInstanceOf(JsonReadException.class)
                .hasMessageContaining("$.listings[0].tickSize");
        assertThatThrownBy(() -> Imports.firms(store, firms)).isInstanceOf(JsonReadException.class)
                .hasMessage(firms + " $.firms[0].accounts[1].currency: must be three capital letters like CNY, was 'yuan'");
        assertThat(count("contracts") + count("firms") + count("accounts")).isZero();
    }

    @Test
    void a_curves_file_with_a_requests_rates_is_refused_they_are_not_curves() {
        Path request = EXAMPLES.resolve("price-request.json");

        assertThatThrownBy(() -> Imports.curves(store, request)).isInstanceOf(JsonReadException.class)
                .hasMessage(request + " $.market: unknown field, expected one of [curves, valuationDate]");
        assertThat(count("forward_quotes")).isZero();
    }

    @Test
    void a_statement_for_an_unknown_account_is_refused_whole() throws IOException {
        assertThatThrownBy(() -> Imports.statement(store, EXAMPLES.resolve("statement.csv")))
                .hasMessage(EXAMPLES.resolve("statement.csv") + " line 2, column account: account 201 is not in the database");
        assertThat(count("cash_ledger")).isZero();
    }

    private long count(String table) {
        return store.transaction(c -> Sql.one(c, "SELECT COUNT(*) FROM " + table, row -> row.getLong(1))).orElseThrow();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
