package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.choice;
import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.market.VolSmile;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.OptionGreeks;
import com.suanli.pricing.option.PutCall;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A European option on a compute future: its volatility read off the smile (VolSmile), its premium and
 * Greeks (Black-76), and the volatility a market premium implies.
 */
public final class OptionOnSmile extends Calculator {

    /** Points drawn along the smile, from 80% of the lowest quoted strike to 120% of the highest. */
    private static final int SMILE_POINTS = 41;
    private static final double DAYS_PER_YEAR = YearFraction.DAYS_PER_YEAR;
    private static final double VOL_POINT = 0.01;

    public OptionOnSmile(TaskExecutor tasks) {
        super("Option on its smile", "Smile: volatility by strike", tasks, List.of(
                choice("right", "Right", List.of("CALL", "PUT")),
                text("forward", "Forward", "19.5", "futures price, CNY per GPU-hour"),
                text("strike", "Strike", "19", "CNY per GPU-hour"),
                text("valuation", "Valuation date", "2026-11-27", "2026-11-27"),
                text("expiry", "Expiry", "2027-01-20", "on or before the delivery start"),
                text("rate", "Rate", "0.02", "continuously compounded, 0.02 is 2%"),
                text("strikes", "Smile strikes", "16, 19, 22", "strictly increasing"),
                text("vols", "Smile vols", "0.85, 0.78, 0.82", "one per strike, 0.78 is 78%"),
                text("premium", "Market premium", "", "optional: the vol it implies")));
    }

    @Override
    Callable<Quote> prepare() {
        PutCall right = PutCall.valueOf(input("right"));
        double forward = Fields.positive("Forward", input("forward"));
        double strike = Fields.positive("Strike", input("strike"));
        LocalDate valuation = Fields.date("Valuation date", input("valuation"));
        LocalDate expiry = Fields.date("Expiry", input("expiry"));
        if (expiry.isBefore(valuation)) {
            throw new FieldException("Expiry", expiry + " is before the valuation date " + valuation);
        }
        double rate = Fields.number("Rate", input("rate"));
        double[] strikes = Fields.numbers("Smile strikes", input("strikes"));
        double[] vols = Fields.numbers("Smile vols", input("vols"));
        if (vols.length != strikes.length) {
            throw new FieldException("Smile vols", "needs one per strike: " + vols.length + " for " + strikes.length
                    + " strikes");
        }
        VolSmile smile;
        try {
            smile = VolSmile.of(expiry, strikes, vols);
        } catch (IllegalArgumentException refused) {
            throw new FieldException("Smile", refused.getMessage());
        }
        String premiumText = input("premium");
        Double premium = premiumText == null || premiumText.isBlank() ? null : Fields.positive("Market premium", premiumText);
        double years = YearFraction.between(valuation, expiry);
        return () -> {
            double vol = smile.vol(strike);
            OptionGreeks greeks = Black76.DEFAULT.greeks(right, forward, strike, years, vol, rate);
            List<ResultLine> lines = new ArrayList<>(List.of(
                    new ResultLine("Smile volatility", Figures.percent(vol), "at the strike"),
                    new ResultLine("Premium", Figures.price(greeks.pv()), "CNY per GPU-hour"),
                    new ResultLine("Delta", Figures.price(greeks.delta()), "per CNY of forward"),
                    new ResultLine("Gamma", Figures.price(greeks.gamma()), "per CNY of forward"),
                    new ResultLine("Vega", Figures.price(greeks.vega() * VOL_POINT), "CNY per vol point"),
                    new ResultLine("Theta", Figures.price(greeks.theta() / DAYS_PER_YEAR), "CNY per day")));
            if (premium != null) {
                double implied = impliedVolatility(right, forward, strike, years, rate, premium);
                lines.add(new ResultLine("Implied volatility", Figures.percent(implied), "of the market premium"));
                lines.add(new ResultLine("Implied less smile", Figures.percent(implied - vol), "vol points"));
            }
            return new Quote(lines, smilePoints(smile, strikes));
        };
    }

    private static double impliedVolatility(PutCall right, double forward, double strike, double years, double rate,
                                            double premium) {
        try {
            return Black76.DEFAULT.impliedVolatility(right, forward, strike, years, rate, premium);
        } catch (IllegalArgumentException refused) {
            throw new FieldException("Market premium", refused.getMessage());
        }
    }

    private static List<CurvePoint> smilePoints(VolSmile smile, double[] strikes) {
        double low = strikes[0] * 0.8;
        double high = strikes[strikes.length - 1] * 1.2;
        List<CurvePoint> points = new ArrayList<>(SMILE_POINTS);
        for (int i = 0; i < SMILE_POINTS; i++) {
            double strike = low + (high - low) * i / (SMILE_POINTS - 1);
            points.add(new CurvePoint(strike, smile.vol(strike)));
        }
        return points;
    }
}
