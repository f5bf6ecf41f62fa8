package com.suanli.desk.ui.curve;

import com.suanli.data.market.MarketDataRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.basics.Underlying;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The forward curves kept in the desk's database ({@code forward_quotes}, imported with {@code desk import}):
 * the newest curve of the underlying dated on or before the day. None before the database opens.
 */
public final class StoredCurves implements CurveSource {

    private final Supplier<Optional<DeskStore>> store;

    public StoredCurves(Supplier<Optional<DeskStore>> store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<PricingCurve> curve(Underlying underlying, LocalDate day) {
        return store.get().flatMap(desk -> desk.transaction(connection -> {
            MarketDataRepository curves = new MarketDataRepository(connection);
            List<LocalDate> dates = curves.curveDates();
            for (int i = dates.size() - 1; i >= 0; i--) {
                LocalDate dated = dates.get(i);
                if (!dated.isAfter(day)) {
                    Optional<PricingCurve> found = curves.curve(dated, underlying)
                            .map(curve -> new PricingCurve(curve, Texts.format("curve.stored-of",
                            String.valueOf(dated))));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }));
    }
}
