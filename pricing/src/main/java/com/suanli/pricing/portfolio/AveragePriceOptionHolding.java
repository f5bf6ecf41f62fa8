package com.suanli.pricing.portfolio;

import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.option.AverageOptionInputs;
import com.suanli.pricing.option.AverageOptionQuote;
import com.suanli.pricing.option.AveragePriceOptionPricer;
import com.suanli.pricing.option.AveragePriceOptionTrade;
import com.suanli.pricing.option.ResolvedAveragePriceOptionTrade;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.Position;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An option on a delivery month's average price in the book, valued like the option pricer
 * quotes it ({@link AveragePriceOptionPricer#quote}) on the market view's daily forwards,
 * fixings and smile: the analytic, a few microseconds a valuation, so scenario risk can
 * revalue it thousands of times; Monte Carlo with common random numbers (a fixed seed) where
 * the analytic was not checked, with its standard error.
 */
public record AveragePriceOptionHolding(String id, ResolvedAveragePriceOptionTrade trade) implements Position {

    public AveragePriceOptionHolding {
        Positions.requireId(id);
        Objects.requireNonNull(trade, "trade");
    }

    public static AveragePriceOptionHolding of(String id, AveragePriceOptionTrade trade) {
        return new AveragePriceOptionHolding(id, trade.resolve());
    }

    @Override
    public double presentValue(Market market) {
        return quote(market).price();
    }

    @Override
    public double standardError(Market market) {
        return quote(market).standardError();
    }

    /** The pricer's quote of the whole trade under this market view. */
    public AverageOptionQuote quote(Market market) {
        if (trade.paymentDate().isBefore(market.valuationDate())) {
            return AverageOptionQuote.WORTHLESS;
        }
        return AveragePriceOptionPricer.DEFAULT.quote(inputs(market)).scaledBy(trade.quantity());
    }

    /** The model inputs under this market view: fixed days at their fixings, the rest at shocked forwards. */
    public AverageOptionInputs inputs(Market market) {
        int days = (int) (trade.averagingEnd().toEpochDay() - trade.averagingStart().toEpochDay()) + 1;
        double[] forwards = new double[days];
        double[] times = new double[days];
        LocalDate day = trade.averagingStart();
        int i = 0;
        for (; i < days && !day.isAfter(market.valuationDate()); i++, day = day.plusDays(1)) {
            Double fixing = market.fixing(trade.underlying(), day);
            forwards[i] = fixing != null ? fixing : market.dailyForward(trade.underlying(), day);
        }
        if (i < days) {
            double[] ahead = market.dailyForwards(trade.underlying(), day, days - i);
            double firstTime = market.yearFraction(day);
            for (int k = 0; k < ahead.length; k++) {
                forwards[i + k] = ahead[k];
                times[i + k] = firstTime + k / YearFraction.DAYS_PER_YEAR;
            }
        }
        boolean fixed = trade.averagingEnd().isBefore(market.valuationDate());
        double vol = fixed ? 0.0 : market.volatility(trade.underlying(), YearMonth.from(trade.averagingStart()),
                trade.averagingEnd(), trade.strike());
        double expiry = Math.max(market.yearFraction(trade.paymentDate()), times[days - 1]);
        return new AverageOptionInputs(trade.putCall(), trade.strike(), forwards, times, vol, expiry,
                market.discountRate());
    }
}
