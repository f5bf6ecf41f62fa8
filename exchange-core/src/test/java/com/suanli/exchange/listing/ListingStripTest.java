package com.suanli.exchange.listing;

import static com.suanli.exchange.listing.ListingFixtures.FIRST_MONTH;
import static com.suanli.exchange.listing.ListingFixtures.LISTING_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ListingStripTest {

    private static final int MONTHS_PLUS_SPOT = 13;
    /** DECIMAL64 arithmetic against a double oracle: far below a tick. */
    private static final BigDecimal CURVE_TOLERANCE = new BigDecimal("1E-12");

    private final ListingStrip strip = ListingFixtures.strip();
    private final Catalogue catalogue = strip.catalogue();

    @Test
    void each_product_and_hub_lists_spot_and_twelve_months_and_west_hubs_list_green_too() {
        // H100: YRD standard, GZ standard and green; CPUX86: NM standard and green.
        assertThat(catalogue.size()).isEqualTo(5 * MONTHS_PLUS_SPOT);
        assertThat(catalogue.ofProduct("H100").inHub(Hub.YRD).green(true).isEmpty()).isTrue();
        assertThat(catalogue.ofProduct("H100").inHub(Hub.GZ).green(true).size()).isEqualTo(MONTHS_PLUS_SPOT);
        assertThat(catalogue.deliveringIn(YearMonth.of(2027, 12)).size()).isEqualTo(5);
        assertThat(catalogue.ofKind(ContractKind.SPOT).contracts()).extracting(ContractSpec::symbol)
                .containsExactly("H100-YRD-SPOT", "H100-GZ-SPOT", "H100-GZ-G-SPOT", "CPUX86-NM-SPOT", "CPUX86-NM-G-SPOT");
    }

    @Test
    void instrument_ids_follow_listing_hub_green_and_month_order() {
        assertThat(catalogue.byId(1).symbol()).isEqualTo("H100-YRD-SPOT");
        assertThat(catalogue.byId(2).symbol()).isEqualTo("H100-YRD-2027M01");
        assertThat(catalogue.byId(13).symbol()).isEqualTo("H100-YRD-2027M12");
        assertThat(catalogue.byId(14).symbol()).isEqualTo("H100-GZ-SPOT");
        assertThat(catalogue.byId(27).symbol()).isEqualTo("H100-GZ-G-SPOT");
        assertThat(catalogue.byId(65).symbol()).isEqualTo("CPUX86-NM-G-2027M12");
        assertThat(strip.catalogue()).isEqualTo(catalogue);
    }

    @Test
    void futures_trade_until_the_business_day_before_delivery_and_expire_at_month_end() {
        ContractSpec january = catalogue.bySymbol("H100-YRD-2027M01");
        ContractSpec may = catalogue.bySymbol("H100-YRD-2027M05");

        assertThat(january.firstTradingDay()).isEqualTo(LISTING_DAY);
        assertThat(january.lastTradingDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(january.expiry()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(may.lastTradingDay()).as("1 May 2027 is a Saturday").isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(catalogue.bySymbol("H100-YRD-2027M08").lastTradingDay())
                .as("1 August 2027 is a Sunday").isEqualTo(LocalDate.of(2027, 7, 30));
    }

    @Test
    void spot_trades_until_the_day_before_the_strip_ends_and_delivers_next_day() {
        ContractSpec spot = catalogue.bySymbol("H100-GZ-SPOT");

        assertThat(spot.deliveryMonth()).isNull();
        assertThat(spot.settlement()).isEqualTo(Settlement.PHYSICAL);
        assertThat(spot.lastTradingDay()).isEqualTo(LocalDate.of(2027, 12, 30));
        assertThat(spot.expiry()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void futures_settle_as_their_product_says() {
        assertThat(catalogue.ofProduct("H100").ofKind(ContractKind.FUTURE).contracts())
                .allMatch(contract -> contract.settlement() == Settlement.CASH);
        assertThat(catalogue.ofProduct("CPUX86").contracts())
                .allMatch(contract -> contract.settlement() == Settlement.PHYSICAL);
    }

    @Test
    void reference_prices_follow_the_drift_and_the_green_premium_rounded_to_the_tick() {
        assertThat(catalogue.bySymbol("H100-YRD-SPOT").referencePriceTicks()).isEqualTo(2150);
        // 21.50 x 0.985 = 21.1775: 2117.75 ticks, half-even to 2118.
        assertThat(catalogue.bySymbol("H100-YRD-2027M01").referencePriceTicks()).isEqualTo(2118);
        // 16.80 x 1.04 = 17.472
        assertThat(catalogue.bySymbol("H100-GZ-G-SPOT").referencePriceTicks()).isEqualTo(1747);
        // 16.80 x 0.985^12 x 1.04 = 14.5693...
        assertThat(catalogue.bySymbol("H100-GZ-G-2027M12").referencePriceTicks()).isEqualTo(1457);
        assertThat(strip.referencePrice(ListingFixtures.h100Terms(), Hub.GZ, true, YearMonth.of(2027, 12)))
                .isCloseTo(new BigDecimal(16.80 * Math.pow(0.985, 12) * 1.04), within(CURVE_TOLERANCE));
    }

    @Test
    void the_strip_refuses_inconsistent_plans() {
        ListingTerms h100 = ListingFixtures.h100Terms();
        assertThatThrownBy(() -> new ListingStrip(LocalDate.of(2026, 12, 5), FIRST_MONTH, 12, 400, List.of(Hub.YRD, Hub.GZ),
                List.of(h100)))
                .hasMessage("listingDay: 2026-12-05 is a Saturday, not a business day");
        assertThatThrownBy(() -> new ListingStrip(LocalDate.of(2027, 1, 4), FIRST_MONTH, 12, 400, List.of(Hub.YRD, Hub.GZ),
                List.of(h100)))
                .hasMessage("listingDay: 2027-01-04 is after the last trading day 2026-12-31 of the first future (2027-01)");
        assertThatThrownBy(() -> new ListingStrip(LISTING_DAY, FIRST_MONTH, 0, 400, List.of(Hub.YRD, Hub.GZ), List.of(h100)))
                .hasMessage("months: must be 1 to 36, was 0");
        assertThatThrownBy(() -> new ListingStrip(LISTING_DAY, FIRST_MONTH, 12, 400, List.of(Hub.YRD), List.of(h100)))
                .hasMessage("spotPrices.GZ: hub is not open for listing [YRD] (H100)");
        assertThatThrownBy(() -> new ListingStrip(LISTING_DAY, FIRST_MONTH, 12, 400, List.of(Hub.YRD, Hub.GZ),
                List.of(h100, h100)))
                .hasMessage("listings: product H100 is listed twice");
        assertThatThrownBy(() -> new ListingStrip(LISTING_DAY, FIRST_MONTH, 12, 400, List.of(Hub.YRD, Hub.YRD),
                List.of(h100)))
                .hasMessage("hubs: lists a hub twice: [YRD, YRD]");
    }

    @Test
    void listing_terms_refuse_off_tick_and_missing_spot_prices() {
        assertThatThrownBy(() -> new ListingTerms(ListingFixtures.H100, 1000, new BigDecimal("0.01"), 1, 500, 1000, -150,
                Settlement.CASH, Map.of(Hub.YRD, new BigDecimal("21.505"))))
                .hasMessage("spotPrices.YRD: 21.505 is not a multiple of tickSize 0.01 (H100)");
        assertThatThrownBy(() -> new ListingTerms(ListingFixtures.H100, 1000, new BigDecimal("0.01"), 1, 500, 1000, -150,
                Settlement.CASH, Map.of()))
                .hasMessage("spotPrices: must list at least one hub (H100)");
        assertThatThrownBy(() -> new ListingTerms(ListingFixtures.H100, 1000, new BigDecimal("0.01"), 1, 500, 1000, -10_000,
                Settlement.CASH, Map.of(Hub.YRD, BigDecimal.TEN)))
                .hasMessage("monthlyDriftBps: must be between -9999 and 9999, was -10000 (H100)");
    }
}
