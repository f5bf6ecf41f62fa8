package com.suanli.data.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.market.IndexFixings;
import com.suanli.pricing.market.VolSmile;
import com.suanli.pricing.market.VolSurface;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketDataRepositoryTest {

    private static final Underlying H100_YRD = Underlying.of("H100", "YRD");
    private static final Underlying H100_NX_GREEN = Underlying.green("H100", "NX");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Test
    void curves_and_surfaces_read_back_by_date_and_underlying_and_a_new_save_replaces_the_date() {
        ForwardCurve friday = curve(20.4, 20.0, 19.5);
        ForwardCurve monday = curve(20.6, 20.1, 19.4);
        VolSurface smiles = VolSurface.of(
                VolSmile.of(LocalDate.of(2027, 1, 20), new double[] {16, 19, 22}, new double[] {0.85, 0.78, 0.82}),
                VolSmile.of(LocalDate.of(2027, 2, 19), new double[] {17, 20}, new double[] {0.8, 0.75}));
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                MarketDataRepository market = new MarketDataRepository(c);
                market.saveCurve(FRIDAY, H100_YRD, curve(1, 1, 1));
                market.saveCurve(FRIDAY, H100_YRD, friday);
                market.saveCurve(FRIDAY, H100_NX_GREEN, monday);
                market.saveCurve(MONDAY, H100_YRD, monday);
                market.saveSurface(FRIDAY, H100_YRD, smiles);
                market.saveSurface(FRIDAY, H100_NX_GREEN, VolSurface.flat(FRIDAY, 0.9));
                return null;
            });

            store.transaction(c -> {
                MarketDataRepository market = new MarketDataRepository(c);
                assertThat(market.curve(FRIDAY, H100_YRD)).contains(friday);
                assertThat(market.curve(MONDAY, H100_YRD)).contains(monday);
                assertThat(market.curve(MONDAY, H100_NX_GREEN)).isEmpty();
                assertThat(market.curvesOn(FRIDAY)).containsExactly(Map.entry(H100_NX_GREEN, monday), Map.entry(H100_YRD, friday));
                assertThat(market.curveDates()).containsExactly(FRIDAY, MONDAY);
                assertThat(market.surface(FRIDAY, H100_YRD)).contains(smiles);
                assertThat(market.surface(FRIDAY, H100_NX_GREEN)).contains(VolSurface.flat(FRIDAY, 0.9));
                assertThat(market.surface(MONDAY, H100_YRD)).isEmpty();
                return null;
            });
        }
    }

    @Test
    void the_index_history_grows_by_date_and_a_refixed_date_takes_the_new_value() {
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                MarketDataRepository market = new MarketDataRepository(c);
                market.saveFixings(H100_YRD, new IndexFixings(new TreeMap<>(Map.of(FRIDAY, 20.22, MONDAY, 20.30))));
                market.saveFixings(H100_YRD, new IndexFixings(new TreeMap<>(Map.of(MONDAY, 20.31))));
                return null;
            });

            IndexFixings history = store.transaction(c -> new MarketDataRepository(c).fixings(H100_YRD));
            assertThat(history.byDate()).containsExactly(Map.entry(FRIDAY, 20.22), Map.entry(MONDAY, 20.31));
            IndexFixings none = store.transaction(c -> new MarketDataRepository(c).fixings(H100_NX_GREEN));
            assertThat(none).isEqualTo(IndexFixings.NONE);
        }
    }

    private static ForwardCurve curve(double november, double december, double january) {
        TreeMap<YearMonth, Double> quotes = new TreeMap<>();
        quotes.put(YearMonth.of(2026, 11), november);
        quotes.put(YearMonth.of(2026, 12), december);
        quotes.put(YearMonth.of(2027, 1), january);
        return ForwardCurve.of(quotes);
    }
}
