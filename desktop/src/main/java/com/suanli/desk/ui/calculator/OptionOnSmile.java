package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.choice;
import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.basics.InputRefused;
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
        super(Texts.get("calc.option.option-on-its-smile"), Texts.get("calc.option.smile-volatility-by-strike"), tasks,
                List.of(
                choice("right", Texts.get("calc.option.right"), List.of("CALL", "PUT")),
                text("forward", Texts.get("calc.option.forward"), "19.5",
                        Texts.get("calc.option.futures-price-cny-per-gpu-hour")),
                text("strike", Texts.get("calc.option.strike"), "19", Texts.get("calc.option.cny-per-gpu-hour")),
                text("valuation", Texts.get("calc.option.valuation-date"), "2026-11-27", "2026-11-27"),
                text("expiry", Texts.get("calc.option.expiry"), "2027-01-20",
                        Texts.get("calc.option.on-or-before-the-delivery-start")),
                text("rate", Texts.get("calc.option.rate"), "0.02",
                        Texts.get("calc.option.continuously-compounded-0-02-is-2")),
                text("strikes", Texts.get("calc.option.smile-strikes"), "16, 19, 22",
                        Texts.get("calc.option.strictly-increasing")),
                text("vols", Texts.get("calc.option.smile-vols"), "0.85, 0.78, 0.82",
                        Texts.get("calc.option.one-per-strike-0-78-is-78")),
                text("premium", Texts.get("calc.option.market-premium"), "",
                        Texts.get("calc.option.optional-the-vol-it-implies"))));
    }

    @Override
    Callable<Quote> prepare() {
        PutCall right = PutCall.valueOf(input("right"));
        double forward = Fields.positive(Texts.get("calc.option.forward"), input("forward"));
        double strike = Fields.positive(Texts.get("calc.option.strike"), input("strike"));
        LocalDate valuation = Fields.date(Texts.get("calc.option.valuation-date"), input("valuation"));
        LocalDate expiry = Fields.date(Texts.get("calc.option.expiry"), input("expiry"));
        if (expiry.isBefore(valuation)) {
            throw new FieldException(Texts.get("calc.option.expiry"),
                    Texts.format("calc.option.expiry-before-valuation",
                    expiry.toString(), valuation.toString()));
        }
        double rate = Fields.number(Texts.get("calc.option.rate"), input("rate"));
        double[] strikes = Fields.numbers(Texts.get("calc.option.smile-strikes"), input("strikes"));
        double[] vols = Fields.numbers(Texts.get("calc.option.smile-vols"), input("vols"));
        if (vols.length != strikes.length) {
            throw new FieldException(Texts.get("calc.option.smile-vols"), Texts.format("calc.option.one-per-strike",
                    vols.length, strikes.length));
        }
        VolSmile smile;
        try {
            smile = VolSmile.of(expiry, strikes, vols);
        } catch (IllegalArgumentException refused) {
            throw new FieldException(Texts.get("calc.option.smile"), reason(refused));
        }
        String premiumText = input("premium");
        Double premium = premiumText == null || premiumText.isBlank() ? null : Fields.positive(Texts.get("calc.option.market-premium"), premiumText);
        double years = YearFraction.between(valuation, expiry);
        return () -> {
            double vol = smile.vol(strike);
            OptionGreeks greeks = Black76.DEFAULT.greeks(right, forward, strike, years, vol, rate);
            List<ResultLine> lines = new ArrayList<>(List.of(
                    new ResultLine(Texts.get("calc.option.smile-volatility"), Figures.percent(vol),
                            Texts.get("calc.option.at-the-strike")),
                    new ResultLine(Texts.get("calc.option.premium"), Figures.price(greeks.pv()),
                            Texts.get("calc.option.cny-per-gpu-hour")),
                    new ResultLine(Texts.get("calc.option.delta"), Figures.price(greeks.delta()),
                            Texts.get("calc.option.per-cny-of-forward")),
                    new ResultLine(Texts.get("calc.option.gamma"), Figures.price(greeks.gamma()),
                            Texts.get("calc.option.per-cny-of-forward")),
                    new ResultLine(Texts.get("calc.option.vega"), Figures.price(greeks.vega() * VOL_POINT),
                            Texts.get("calc.option.cny-per-vol-point")),
                    new ResultLine(Texts.get("calc.option.theta"), Figures.price(greeks.theta() / DAYS_PER_YEAR),
                            Texts.get("calc.option.cny-per-day"))));
            if (premium != null) {
                double implied = impliedVolatility(right, forward, strike, years, rate, premium);
                lines.add(new ResultLine(Texts.get("calc.option.implied-volatility"), Figures.percent(implied),
                        Texts.get("calc.option.of-the-market-premium")));
                lines.add(new ResultLine(Texts.get("calc.option.implied-less-smile"), Figures.percent(implied - vol),
                        Texts.get("calc.option.vol-points")));
            }
            return new Quote(lines, smilePoints(smile, strikes), Double.NaN);
        };
    }

    private static double impliedVolatility(PutCall right, double forward, double strike, double years, double rate,
                                            double premium) {
        try {
            return Black76.DEFAULT.impliedVolatility(right, forward, strike, years, rate, premium);
        } catch (IllegalArgumentException refused) {
            throw new FieldException(Texts.get("calc.option.market-premium"), reason(refused));
        }
    }

    /** The library's rule worded in the desk's language; the form names the field. */
    private static String reason(IllegalArgumentException refused) {
        return refused instanceof InputRefused coded ? RefusalWords.pricingReason(coded) : refused.getMessage();
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
