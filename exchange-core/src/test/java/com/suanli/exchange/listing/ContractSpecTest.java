package com.suanli.exchange.listing;

import static com.suanli.exchange.listing.ListingFixtures.H100;
import static com.suanli.exchange.listing.ListingFixtures.LISTING_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ContractSpecTest {

    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private static final LocalDate LAST_FEBRUARY_BUSINESS_DAY = LocalDate.of(2027, 2, 26);

    private final ContractSpec march = ListingFixtures.h100March();

    private static ContractSpec march(String symbol, BigDecimal tickSize, long lotSize, long maxOrderLots,
                                      int priceBandBps, LocalDate lastTradingDay) {
        return new ContractSpec(7, symbol, H100, Hub.YRD, false, ContractKind.FUTURE, MARCH, Settlement.CASH, 1000,
                tickSize, lotSize, maxOrderLots, priceBandBps, 2000, LISTING_DAY, lastTradingDay, MARCH.atEndOfMonth());
    }

    @Test
    void a_tick_is_worth_its_units_times_the_tick_in_fen_or_nothing_when_not_whole_fen() {
        // 1,000 GPU-hours x 0.01 CNY = 10 CNY = 1,000 fen; 1,000 x 0.000001 CNY is a tenth of a fen.
        assertThat(march.tickValueFen()).isEqualTo(1_000);
        assertThat(march("H100-YRD-2027M03", new BigDecimal("0.000001"), 1, 500, 1000, LocalDate.of(2027, 2, 26))
                .tickValueFen()).isEqualTo(-1);
    }

    @Test
    void prices_on_the_tick_convert_exactly_both_ways() {
        assertThat(march.toTicks(new BigDecimal("20.37"))).isEqualTo(2037);
        assertThat(march.toTicks(new BigDecimal("20.370000"))).isEqualTo(2037);
        assertThat(march.toPrice(2037)).isEqualByComparingTo("20.37");
        assertThat(march.toPrice(2037).toPlainString()).isEqualTo("20.37");
        assertThat(march.toTicks(march.toPrice(123_456_789L))).isEqualTo(123_456_789L);
    }

    @Test
    void an_off_tick_price_is_refused_naming_the_price() {
        assertThatThrownBy(() -> march.toTicks(new BigDecimal("20.375")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price: 20.375 is not a multiple of tickSize 0.01 (H100-YRD-2027M03)");
    }

    @Test
    void a_price_beyond_the_tick_range_is_refused() {
        assertThatThrownBy(() -> march.toTicks(new BigDecimal("1E+30")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("price: 1000000000000000000000000000000 is out of the range of ticks");
    }

    @Test
    void tick_sizes_with_trailing_zeros_make_the_same_contract() {
        ContractSpec sameTick = march("H100-YRD-2027M03", new BigDecimal("0.0100"), 1, 500, 1000,
                LAST_FEBRUARY_BUSINESS_DAY);

        assertThat(sameTick).isEqualTo(march);
        assertThat(sameTick.tickSize().toPlainString()).isEqualTo("0.01");
    }

    @Test
    void the_price_band_rounds_its_half_width_down_to_whole_ticks() {
        assertThat(march.bandLowTicks(2000)).isEqualTo(1800);
        assertThat(march.bandHighTicks(2000)).isEqualTo(2200);
        assertThat(march.bandLowTicks(2005)).isEqualTo(1805);
        assertThat(march.bandHighTicks(2005)).isEqualTo(2205);
        assertThat(march.bandLowTicks(5)).isEqualTo(5);
        assertThat(march.bandHighTicks(5)).isEqualTo(5);
    }

    @Test
    void a_new_reference_price_moves_the_band() {
        ContractSpec resettled = march.withReferencePriceTicks(2100);

        assertThat(resettled.referencePriceTicks()).isEqualTo(2100);
        assertThat(resettled.bandHighTicks(resettled.referencePriceTicks())).isEqualTo(2310);
        assertThat(resettled.symbol()).isEqualTo(march.symbol());
        assertThatThrownBy(() -> march.withReferencePriceTicks(0))
                .hasMessage("referencePriceTicks: must be 1 to 4194304 ticks, was 0 (H100-YRD-2027M03)");
        assertThat(march.withReferencePriceTicks(ContractSpec.MAX_PRICE_TICKS).referencePriceTicks())
                .isEqualTo(ContractSpec.MAX_PRICE_TICKS);
        assertThatThrownBy(() -> march.withReferencePriceTicks(ContractSpec.MAX_PRICE_TICKS + 1))
                .hasMessage("referencePriceTicks: must be 1 to 4194304 ticks, was 4194305 (H100-YRD-2027M03)");
    }

    @Test
    void the_band_stays_within_the_prices_a_book_holds() {
        long max = ContractSpec.MAX_PRICE_TICKS;

        assertThat(march.bandHighTicks(max)).isEqualTo(max);
        assertThat(march.bandHighTicks(max - 100_000)).isEqualTo(max);
        assertThat(march.bandLowTicks(max)).isEqualTo(max - max / 10);
        assertThat(march.bandLowTicks(1)).isEqualTo(1);
        assertThatThrownBy(() -> march.bandHighTicks(max + 1))
                .hasMessage("refTicks: must be 1 to 4194304, was 4194305 (H100-YRD-2027M03)");
        assertThatThrownBy(() -> march.bandLowTicks(Long.MAX_VALUE / 2))
                .hasMessageStartingWith("refTicks: must be 1 to 4194304");
    }

    @Test
    void an_order_size_beyond_what_a_book_level_can_sum_is_refused() {
        String symbol = "H100-YRD-2027M03";
        BigDecimal cent = new BigDecimal("0.01");

        assertThat(march(symbol, cent, 1, ContractSpec.MAX_ORDER_LOTS, 1000, LAST_FEBRUARY_BUSINESS_DAY).maxOrderLots())
                .isEqualTo(2_147_483_647L);
        assertThatThrownBy(() -> march(symbol, cent, 1, ContractSpec.MAX_ORDER_LOTS + 1, 1000,
                LAST_FEBRUARY_BUSINESS_DAY))
                .hasMessage("maxOrderLots: must be at most 2147483647, was 2147483648 (H100-YRD-2027M03)");
        assertThatThrownBy(() -> march(symbol, cent, 1, Long.MAX_VALUE, 1000, LAST_FEBRUARY_BUSINESS_DAY))
                .hasMessageStartingWith("maxOrderLots: must be at most 2147483647");
    }

    @Test
    void the_largest_order_at_the_highest_price_must_have_a_notional_a_long_holds() {
        // 100,000 units a lot: MAX_PRICE_TICKS x lots x 100,000 <= Long.MAX_VALUE up to this many lots.
        long contractSize = 100_000;
        long mostLots = Long.MAX_VALUE / (ContractSpec.MAX_PRICE_TICKS * contractSize);

        assertThat(bigLots(contractSize, mostLots).maxOrderLots()).isEqualTo(21_990_232L).isEqualTo(mostLots);
        assertThatThrownBy(() -> bigLots(contractSize, mostLots + 1))
                .hasMessage("maxOrderLots: 21990233 lots of 100000 units at the highest price of 4194304"
                        + " ticks is a notional beyond the range of a long (H100-YRD-2027M03)");
    }

    private static ContractSpec bigLots(long contractSize, long maxOrderLots) {
        return new ContractSpec(7, "H100-YRD-2027M03", H100, Hub.YRD, false, ContractKind.FUTURE, MARCH,
                Settlement.CASH, contractSize, new BigDecimal("0.01"), 1, maxOrderLots, 1000, 2000, LISTING_DAY,
                LAST_FEBRUARY_BUSINESS_DAY, MARCH.atEndOfMonth());
    }

    @Test
    void a_full_width_band_never_goes_below_one_tick() {
        ContractSpec wide = march("H100-YRD-2027M03", new BigDecimal("0.01"), 1, 500, 10_000, LAST_FEBRUARY_BUSINESS_DAY);

        assertThat(wide.bandLowTicks(2000)).isEqualTo(1);
        assertThat(wide.bandHighTicks(2000)).isEqualTo(4000);
        assertThatThrownBy(() -> wide.bandLowTicks(0)).hasMessageStartingWith("refTicks: must be 1 to 4194304, was 0");
    }

    @Test
    void the_contract_trades_on_business_days_of_its_trading_period() {
        assertThat(march.isTradable(LISTING_DAY.minusDays(1))).isFalse();
        assertThat(march.isTradable(LISTING_DAY)).isTrue();
        assertThat(march.isTradable(LocalDate.of(2027, 1, 2))).as("Saturday").isFalse();
        assertThat(march.isTradable(LocalDate.of(2027, 1, 4))).as("Monday").isTrue();
        assertThat(march.isTradable(LAST_FEBRUARY_BUSINESS_DAY)).isTrue();
        assertThat(march.isTradable(LocalDate.of(2027, 3, 1))).as("delivery month").isFalse();
    }

    @Test
    void the_symbol_must_match_the_terms() {
        assertThatThrownBy(() -> march("H100-YRD-2027M04", new BigDecimal("0.01"), 1, 500, 1000,
                LAST_FEBRUARY_BUSINESS_DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("symbol: 'H100-YRD-2027M04' does not match the contract terms, expected 'H100-YRD-2027M03'");
    }

    @Test
    void bad_terms_are_refused_naming_the_field() {
        BigDecimal cent = new BigDecimal("0.01");
        String symbol = "H100-YRD-2027M03";
        assertThatThrownBy(() -> march(symbol, BigDecimal.ZERO, 1, 500, 1000, LAST_FEBRUARY_BUSINESS_DAY))
                .hasMessage("tickSize: must be > 0, was 0 (H100-YRD-2027M03)");
        assertThatThrownBy(() -> march(symbol, cent, 0, 500, 1000, LAST_FEBRUARY_BUSINESS_DAY))
                .hasMessage("lotSize: must be > 0, was 0 (H100-YRD-2027M03)");
        assertThatThrownBy(() -> march(symbol, cent, 3, 500, 1000, LAST_FEBRUARY_BUSINESS_DAY))
                .hasMessage("maxOrderLots: 500 must be a multiple of lotSize 3 (H100-YRD-2027M03)");
        assertThatThrownBy(() -> march(symbol, cent, 1, 500, 0, LAST_FEBRUARY_BUSINESS_DAY))
                .hasMessage("priceBandBps: must be 1 to 10000, was 0 (H100-YRD-2027M03)");
        assertThatThrownBy(() -> march(symbol, cent, 1, 500, 1000, LocalDate.of(2027, 3, 1)))
                .hasMessage("lastTradingDay: 2027-03-01 must be before the delivery month 2027-03 starts (H100-YRD-2027M03)");
        assertThatThrownBy(() -> march(symbol, cent, 1, 500, 1000, LISTING_DAY.minusDays(1)))
                .hasMessage("lastTradingDay: 2026-11-30 is before firstTradingDay 2026-12-01 (H100-YRD-2027M03)");
    }

    @Test
    void an_instrument_id_must_be_positive() {
        assertThatThrownBy(() -> new ContractSpec(0, "H100-YRD-SPOT", H100, Hub.YRD, false, ContractKind.SPOT, null,
                Settlement.PHYSICAL, 1000, new BigDecimal("0.01"), 1, 500, 1000, 2000, LISTING_DAY, LISTING_DAY,
                LISTING_DAY.plusDays(1)))
                .hasMessage("instrumentId: must be > 0, was 0");
    }

    @Test
    void products_are_delivered_in_the_unit_of_their_class() {
        assertThat(H100.unit()).isEqualTo(ComputeUnit.GPU_HOUR);
        assertThatThrownBy(() -> new ComputeProduct("H100", "H100", ProductClass.GPU, ComputeUnit.CORE_HOUR,
                H100.ratings()))
                .hasMessage("unit: GPU product H100 is delivered in GPU_HOUR, not CORE_HOUR");
        assertThatThrownBy(() -> ComputeProduct.of("H-100", "H100", ProductClass.GPU, H100.ratings()))
                .hasMessage("code: 'H-100' must be 2 to 10 upper-case letters or digits");
        assertThatThrownBy(() -> new Ratings(1, 1, 1, -80, 1, 0, 0.7))
                .hasMessage("memoryGb: must be >= 0 and finite, was -80.0");
        assertThatThrownBy(() -> ComputeProduct.of("GPUX", "no tensor cores", ProductClass.GPU,
                new Ratings(0, 0, 1, 16, 1, 0, 0.3)))
                .hasMessage("ratings.denseBf16Tflops: must be > 0 for GPU product GPUX");
    }
}
