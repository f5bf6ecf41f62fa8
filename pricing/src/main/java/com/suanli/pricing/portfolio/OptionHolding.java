package com.suanli.pricing.portfolio;

import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.PutCall;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.Position;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A European option on a delivery month's future, valued with Black-76 on the market's forward
 * and smile volatility. {@code quantity} is in units of the underlying (negative: sold); once
 * the expiry has passed the option has settled and is worth nothing to the book.
 */
public record OptionHolding(String id, Underlying underlying, YearMonth delivery, PutCall putCall, double strike,
                             LocalDate expiry, double quantity) implements Position {

    public OptionHolding {
        Positions.requireId(id);
        Objects.requireNonNull(underlying, "underlying");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(putCall, "putCall");
        Objects.requireNonNull(expiry, "expiry");
        Positions.requirePositive(strike, "strike");
        Positions.requireFinite(quantity, "quantity");
        if (expiry.isAfter(delivery.atEndOfMonth())) {
            throw new IllegalArgumentException("expiry: " + expiry + " is after the delivery month " + delivery);
        }
    }

    @Override
    public double presentValue(Market market) {
        double expiryYears = YearFraction.between(market.valuationDate(), expiry);
        if (expiryYears < 0) {
            return 0.0;
        }
        double forward = market.forward(underlying, delivery);
        double vol = market.volatility(underlying, delivery, expiry, strike);
        return quantity * Black76.DEFAULT.price(putCall, forward, strike, expiryYears, vol, market.discountRate());
    }
}
