package com.suanli.desk.ui.curve;

import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A curve through the listing's reference prices, one quote per delivery month (CNY per unit), for an
 * underlying the database holds no curve of: the exchange's own view of fair value, smoothed by pricing's
 * {@code ForwardCurve} like any other quotes.
 */
public final class ReferenceCurves implements CurveSource {

    private final Supplier<Catalogue> listing;

    public ReferenceCurves(Supplier<Catalogue> listing) {
        this.listing = Objects.requireNonNull(listing, "listing");
    }

    @Override
    public Optional<PricingCurve> curve(Underlying underlying, LocalDate day) {
        TreeMap<YearMonth, Double> quotes = new TreeMap<>();
        for (ContractSpec contract : listing.get().contracts()) {
            if (contract.kind() == ContractKind.FUTURE && Underlying.of(contract).equals(underlying)
                    && !contract.expiry().isBefore(day)) {
                quotes.put(contract.deliveryMonth(), contract.toPrice(contract.referencePriceTicks()).doubleValue());
            }
        }
        return quotes.isEmpty() ? Optional.empty()
                : Optional.of(new PricingCurve(ForwardCurve.of(quotes), Texts.get("curve.reference-prices")));
    }
}
