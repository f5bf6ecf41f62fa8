package com.suanli.desk.ui.marketwatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketWatchViewModelTest {

    /** Two products in an east and a west hub: spot, futures, and green variants in the west. */
    static final Catalogue LISTING = CatalogueJson.readDefault().where(contract ->
            Set.of("H100", "CPUX86").contains(contract.product().code()) && Set.of(Hub.YRD, Hub.GZ).contains(contract.hub()));

    private final InstrumentLink link = new InstrumentLink();
    private final MarketWatchViewModel watch = new MarketWatchViewModel(link);

    /** The desk's watch on Wednesday 2027-01-20, 10:00 in Shanghai: January's futures (delivering now) trade no more. */
    private final MarketWatchViewModel desk = new MarketWatchViewModel(link, at("2027-01-20T02:00:00Z"));

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void before_the_exchange_starts_nothing_is_listed_and_the_table_says_it_is_waiting() {
        assertThat(watch.rows()).isEmpty();
        assertThat(watch.placeholderTextProperty().get()).isEqualTo("Waiting for the exchange to start");
        assertThat(watch.countTextProperty().get()).isEqualTo("0 instruments");
    }

    @Test
    void listing_shows_every_instrument_in_instrument_id_order() {
        watch.list(LISTING);

        assertThat(watch.rows()).extracting(InstrumentRow::contract).containsExactlyElementsOf(LISTING.contracts());
        assertThat(watch.countTextProperty().get()).isEqualTo(LISTING.size() + " instruments");
        assertThat(watch.placeholderTextProperty().get()).isEqualTo("No instrument matches the filter");
    }

    @Test
    void the_desks_watch_opens_on_each_product_and_hubs_spot_and_three_front_months_green_ones_with_them() {
        desk.list(LISTING.ofProduct("H100"));

        assertThat(desk.monthProperty().get().label()).isEqualTo("Front months");
        assertThat(desk.rows()).extracting(InstrumentRow::symbol).containsExactly(
                "H100-YRD-SPOT", "H100-YRD-2027M02", "H100-YRD-2027M03", "H100-YRD-2027M04",
                "H100-GZ-SPOT", "H100-GZ-2027M02", "H100-GZ-2027M03", "H100-GZ-2027M04",
                "H100-GZ-G-SPOT", "H100-GZ-G-2027M02", "H100-GZ-G-2027M03", "H100-GZ-G-2027M04");
        assertThat(desk.countTextProperty().get()).isEqualTo("12 of " + LISTING.ofProduct("H100").size() + " instruments");
    }

    @Test
    void on_a_saturday_the_front_is_what_trades_on_the_next_business_day() {
        MarketWatchViewModel saturday = new MarketWatchViewModel(link, at("2026-12-05T03:00:00Z"));

        saturday.list(LISTING.ofProduct("H100").inHub(Hub.YRD));

        assertThat(saturday.rows()).extracting(InstrumentRow::symbol)
                .containsExactly("H100-YRD-SPOT", "H100-YRD-2027M01", "H100-YRD-2027M02", "H100-YRD-2027M03");
    }

    @Test
    void all_months_reaches_every_instrument_listed() {
        desk.list(LISTING);

        desk.monthProperty().set(desk.monthChoices().get(0));

        assertThat(desk.monthChoices()).extracting(FilterChoice::label).startsWith("All months", "Front months", "2027-01");
        assertThat(desk.rows()).extracting(InstrumentRow::contract).containsExactlyElementsOf(LISTING.contracts());
    }

    @Test
    void a_symbol_searched_for_shows_in_any_case_past_the_front_months() {
        desk.list(LISTING);

        desk.searchProperty().set(" gz-g-2027m09");

        assertThat(desk.rows()).extracting(InstrumentRow::symbol).containsExactly("H100-GZ-G-2027M09", "CPUX86-GZ-G-2027M09");
        desk.searchProperty().set("");
        assertThat(desk.rows()).extracting(InstrumentRow::delivery).doesNotContain("2027-09");
    }

    @Test
    void the_contracts_the_live_session_trades_come_first() {
        desk.list(LISTING.ofProduct("H100"));

        desk.sessionTrades(List.of(LISTING.bySymbol("H100-GZ-2027M03"), LISTING.bySymbol("H100-GZ-SPOT")));

        assertThat(desk.rows()).extracting(InstrumentRow::symbol).startsWith("H100-GZ-SPOT", "H100-GZ-2027M03",
                "H100-YRD-SPOT", "H100-YRD-2027M02").hasSize(12);
    }

    @Test
    void a_front_month_that_expires_gives_way_to_the_next_month() {
        MarketWatchViewModel saturday = new MarketWatchViewModel(link, at("2026-12-05T03:00:00Z"));
        Catalogue yrd = LISTING.ofProduct("H100").inHub(Hub.YRD);
        saturday.list(yrd);

        saturday.expired(List.of(yrd.bySymbol("H100-YRD-2027M01").instrumentId()));

        assertThat(saturday.rows()).extracting(InstrumentRow::symbol)
                .containsExactly("H100-YRD-SPOT", "H100-YRD-2027M02", "H100-YRD-2027M03", "H100-YRD-2027M04");
    }

    @Test
    void filters_offer_any_then_each_listed_product_hub_and_month() {
        watch.list(LISTING);

        assertThat(watch.productChoices()).extracting(FilterChoice::label).containsExactly("All products", "H100", "CPUX86");
        assertThat(watch.hubChoices()).extracting(FilterChoice::label).containsExactly("All hubs", "YRD", "GZ");
        assertThat(watch.monthChoices()).extracting(FilterChoice::label)
                .startsWith("All months", "2027-01", "2027-02").endsWith("2027-12").hasSize(13);
    }

    @Test
    void product_filter_keeps_that_product_only_and_the_count_says_how_many_of_all() {
        watch.list(LISTING);

        watch.productProperty().set(watch.productChoices().get(1));

        assertThat(watch.rows()).extracting(InstrumentRow::product).containsOnly("H100");
        assertThat(watch.rows()).hasSize(LISTING.ofProduct("H100").size());
        assertThat(watch.countTextProperty().get()).isEqualTo(LISTING.ofProduct("H100").size() + " of " + LISTING.size()
                + " instruments");
    }

    @Test
    void hub_month_and_green_filters_combine() {
        watch.list(LISTING);

        watch.hubProperty().set(watch.hubChoices().get(2));
        watch.monthProperty().set(watch.monthChoices().get(3));
        watch.greenOnlyProperty().set(true);

        assertThat(watch.rows()).extracting(InstrumentRow::symbol)
                .containsExactly("H100-GZ-G-2027M03", "CPUX86-GZ-G-2027M03");
    }

    @Test
    void a_month_drops_spot_which_has_no_delivery_month() {
        watch.list(LISTING);

        watch.monthProperty().set(new FilterChoice<>("2027-01", YearMonth.of(2027, 1)));

        assertThat(watch.rows()).extracting(InstrumentRow::delivery).containsOnly("2027-01");
    }

    @Test
    void a_filter_that_matches_nothing_leaves_no_row() {
        watch.list(LISTING.ofProduct("H100").inHub(Hub.YRD));

        watch.greenOnlyProperty().set(true);

        assertThat(watch.rows()).isEmpty();
        assertThat(watch.countTextProperty().get()).isEqualTo("0 of 13 instruments");
    }

    @Test
    void an_emptied_drop_down_filters_nothing() {
        watch.list(LISTING);
        watch.productProperty().set(watch.productChoices().get(1));

        watch.productProperty().set(null);

        assertThat(watch.rows()).hasSize(LISTING.size());
    }

    @Test
    void listing_again_opens_the_filter() {
        watch.list(LISTING);
        watch.productProperty().set(watch.productChoices().get(2));
        watch.greenOnlyProperty().set(true);

        watch.list(LISTING);

        assertThat(watch.productProperty().get().label()).isEqualTo("All products");
        assertThat(watch.greenOnlyProperty().get()).isFalse();
        assertThat(watch.rows()).hasSize(LISTING.size());
    }

    @Test
    void choosing_a_row_links_its_instrument_and_choosing_none_clears_it() {
        watch.list(LISTING);
        InstrumentRow row = watch.rows().get(3);

        watch.select(row);
        assertThat(link.selectedInstrument()).contains(row.contract());

        watch.select(null);
        assertThat(link.selectedInstrument()).isEmpty();
    }

    @Test
    void a_row_reads_the_contract_terms_the_way_a_trader_does() {
        ContractSpec spot = LISTING.bySymbol("H100-YRD-SPOT");

        InstrumentRow row = new InstrumentRow(spot);

        assertThat(row.symbol()).isEqualTo("H100-YRD-SPOT");
        assertThat(row.product()).isEqualTo("H100");
        assertThat(row.hub()).isEqualTo("YRD east");
        assertThat(row.green()).isEmpty();
        assertThat(row.kind()).isEqualTo("Spot");
        assertThat(row.delivery()).isEqualTo("next day");
        assertThat(row.settlement()).isEqualTo("Physical");
        assertThat(row.contractSize()).isEqualTo("1,000 GPU-hours");
        assertThat(row.tickSize()).isEqualTo("0.01");
        assertThat(row.referencePrice()).isEqualTo("21.50");
        // A 10% band around 21.50.
        assertThat(row.bandLow()).isEqualTo("19.35");
        assertThat(row.bandHigh()).isEqualTo("23.65");
    }

    @Test
    void a_green_west_future_shows_its_tag_side_month_and_prices_at_the_tick_scale() {
        ContractSpec future = LISTING.bySymbol("CPUX86-GZ-G-2027M03");

        InstrumentRow row = new InstrumentRow(future);

        assertThat(row.hub()).isEqualTo("GZ west");
        assertThat(row.green()).isEqualTo("G");
        assertThat(row.kind()).isEqualTo("Future");
        assertThat(row.delivery()).isEqualTo("2027-03");
        assertThat(row.settlement()).isEqualTo("Physical");
        assertThat(row.contractSize()).isEqualTo("10,000 core-hours");
        assertThat(row.tickSize()).isEqualTo("0.001");
        assertThat(row.referencePrice()).matches("0\\.\\d{3}");
        assertThat(row.bandLow()).isEqualTo(future.toPrice(future.bandLowTicks(future.referencePriceTicks())).toPlainString());
    }

    @Test
    void a_row_shows_its_change_volume_open_interest_last_settlement_and_hubs_index_blank_until_there_are_any() {
        watch.list(LISTING);
        InstrumentRow april = watch.rows().stream().filter(row -> row.symbol().equals("H100-YRD-2027M04")).findFirst()
                .orElseThrow();
        InstrumentRow gz = watch.rows().stream().filter(row -> row.symbol().equals("H100-GZ-2027M04")).findFirst()
                .orElseThrow();
        int id = april.contract().instrumentId();
        watch.quoteFrom(new FixedQuotes().settlement(id, "22.12").index(id, "21.50").change(id, "0.18")
                .activity(id, 42, 310));

        assertThat(watch.quote(april).settlement()).isEqualTo("22.12");
        assertThat(watch.quote(april).index()).isEqualTo("21.50");
        assertThat(watch.quote(april).change()).as("a rise says so").isEqualTo("+0.18");
        assertThat(watch.quote(april).volume()).isEqualTo("42");
        assertThat(watch.quote(april).openInterest()).isEqualTo("310");
        assertThat(watch.quote(gz).settlement()).isEmpty();
        assertThat(watch.quote(gz).index()).isEmpty();
        assertThat(watch.quote(gz).change()).isEmpty();
        assertThat(watch.quote(gz).volume()).as("nothing traded today").isEmpty();
        assertThat(watch.quote(gz).openInterest()).isEmpty();
    }

    @Test
    void the_live_market_is_shown_at_first_and_the_contracts_terms_are_not() {
        assertThat(watch.columns().wordsProperty().get()).isEqualTo(
                "SYMBOL,BID_LOTS,BID,ASK,ASK_LOTS,LAST,LAST_LOTS,CHANGE,VOLUME,OPEN_INTEREST,SETTLEMENT,INDEX");
        assertThat(watch.columns().shownProperty(WatchColumn.PRODUCT).get()).isFalse();
    }

    @Test
    void the_columns_a_layout_gives_back_are_shown_the_symbol_always_and_a_name_gone_passed_over() {
        watch.columns().wordsProperty().set("BID,ASK,BAND_HIGH,RETIRED_COLUMN");

        assertThat(watch.columns().shownProperty(WatchColumn.SYMBOL).get()).isTrue();
        assertThat(watch.columns().shownProperty(WatchColumn.BAND_HIGH).get()).isTrue();
        assertThat(watch.columns().shownProperty(WatchColumn.LAST).get()).isFalse();
        assertThat(watch.columns().wordsProperty().get()).isEqualTo("SYMBOL,BID,ASK,BAND_HIGH");
    }

    @Test
    void hiding_a_column_changes_the_words_the_layout_keeps() {
        watch.columns().shownProperty(WatchColumn.LAST_LOTS).set(false);

        assertThat(watch.columns().wordsProperty().get()).doesNotContain("LAST_LOTS").contains("LAST,CHANGE");
    }
}
