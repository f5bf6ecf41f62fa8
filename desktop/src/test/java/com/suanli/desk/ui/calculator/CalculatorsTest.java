package com.suanli.desk.ui.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.pricing.GreenParametersJson;
import com.suanli.data.pricing.HardwareRatingsJson;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.form.Figures;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.evaluation.ComputeEvaluator;
import com.suanli.pricing.evaluation.RatingCatalogue;
import com.suanli.pricing.future.ComputeFuture;
import com.suanli.pricing.future.FutureMeasures;
import com.suanli.pricing.future.FuturePricer;
import com.suanli.pricing.future.FutureTrade;
import com.suanli.pricing.green.CapacityPosition;
import com.suanli.pricing.green.CarbonFootprint;
import com.suanli.pricing.green.GreenParameters;
import com.suanli.pricing.green.GreenPricer;
import com.suanli.pricing.insurance.IndexMarket;
import com.suanli.pricing.insurance.LostHoursSeverity;
import com.suanli.pricing.insurance.OutageCover;
import com.suanli.pricing.insurance.OutageCoverMeasures;
import com.suanli.pricing.insurance.OutageCoverPricer;
import com.suanli.pricing.insurance.OutageRisk;
import com.suanli.pricing.insurance.PoissonFrequency;
import com.suanli.pricing.insurance.PriceSpikeCover;
import com.suanli.pricing.insurance.PriceSpikeCoverMeasures;
import com.suanli.pricing.insurance.PriceSpikeCoverPricer;
import com.suanli.pricing.insurance.RiskLoading;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.market.VolSmile;
import com.suanli.pricing.model.JumpParameters;
import com.suanli.pricing.model.SpotModel;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.OptionGreeks;
import com.suanli.pricing.option.PutCall;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Each calculator without a window: its figures are the pricing library's own answer to the same terms,
 * printed as the desk prints them, and every bad input is refused naming its field.
 */
class CalculatorsTest {

    private static final LocalDate VALUATION = LocalDate.of(2026, 11, 27);

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    private static String figure(Calculator calculator, String label) {
        return calculator.results().stream().filter(line -> line.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + label + " in " + calculator.results())).value();
    }

    private static void type(Calculator calculator, String id, String value) {
        calculator.inputs().stream().filter(input -> input.id().equals(id)).findFirst().orElseThrow()
                .valueProperty().set(value);
    }

    @Test
    void futures_fair_value_is_the_future_pricer_on_the_typed_curve() {
        FuturesFairValue calculator = new FuturesFairValue(tasks);

        calculator.calculate();

        TreeMap<YearMonth, Double> quotes = new TreeMap<>(Map.of(YearMonth.of(2026, 12), 20.0, YearMonth.of(2027, 1), 19.5,
                YearMonth.of(2027, 2), 19.0, YearMonth.of(2027, 3), 18.5));
        Underlying underlying = Underlying.of("H100", "YRD");
        FutureMeasures expected = FuturePricer.DEFAULT.measures(new FutureTrade(ComputeFuture.of(underlying,
                YearMonth.of(2027, 1), 100), VALUATION, 10, 19.2).resolve(),
                MarketData.of(VALUATION, 0.0, Map.of(underlying, ForwardCurve.of(quotes))));
        assertThat(calculator.errorProperty().get()).isEmpty();
        assertThat(figure(calculator, "Fair price")).isEqualTo(Figures.price(expected.price()));
        assertThat(figure(calculator, "Trade value")).isEqualTo(Figures.amount(expected.pv()));
        assertThat(figure(calculator, "Delta")).isEqualTo(Figures.amount(expected.delta()));
    }

    @Test
    void futures_fair_value_names_the_field_it_refuses() {
        FuturesFairValue calculator = new FuturesFairValue(tasks);
        calculator.calculate();

        type(calculator, "delivery", "2027-06");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).startsWith("Delivery month: 2027-06 is not quoted on the forward curve");
        assertThat(calculator.results()).isEmpty();

        type(calculator, "delivery", "2027-01");
        type(calculator, "curve", "2027-01:19.5");
        calculator.calculate();
        assertThat(calculator.errorProperty().get())
                .isEqualTo("Forward curve: each quote is month=price, was '2027-01:19.5'");

        type(calculator, "curve", "2027-01=19.5");
        type(calculator, "lots", "0");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Lots: must not be zero (positive bought, negative sold)");
    }

    @Test
    void option_reads_its_vol_off_the_smile_prices_with_black76_and_implies_the_vol_of_a_premium() {
        OptionOnSmile calculator = new OptionOnSmile(tasks);
        type(calculator, "strike", "20.5");
        type(calculator, "premium", "2.6");

        calculator.calculate();

        LocalDate expiry = LocalDate.of(2027, 1, 20);
        VolSmile smile = VolSmile.of(expiry, new double[] {16, 19, 22}, new double[] {0.85, 0.78, 0.82});
        double years = YearFraction.between(VALUATION, expiry);
        double vol = smile.vol(20.5);
        OptionGreeks greeks = Black76.DEFAULT.greeks(PutCall.CALL, 19.5, 20.5, years, vol, 0.02);
        double implied = Black76.DEFAULT.impliedVolatility(PutCall.CALL, 19.5, 20.5, years, 0.02, 2.6);
        assertThat(calculator.errorProperty().get()).isEmpty();
        assertThat(figure(calculator, "Smile volatility")).isEqualTo(Figures.percent(vol));
        assertThat(figure(calculator, "Premium")).isEqualTo(Figures.price(greeks.pv()));
        assertThat(figure(calculator, "Delta")).isEqualTo(Figures.price(greeks.delta()));
        assertThat(figure(calculator, "Vega")).isEqualTo(Figures.price(greeks.vega() / 100));
        assertThat(figure(calculator, "Theta")).isEqualTo(Figures.price(greeks.theta() / 365));
        assertThat(figure(calculator, "Implied volatility")).isEqualTo(Figures.percent(implied));
        assertThat(calculator.curve()).hasSize(41)
                .allSatisfy(point -> assertThat(point.y()).isEqualTo(smile.vol(point.x())));
    }

    @Test
    void option_refuses_a_ragged_smile_an_expiry_in_the_past_and_an_impossible_premium() {
        OptionOnSmile calculator = new OptionOnSmile(tasks);

        type(calculator, "vols", "0.85, 0.78");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Smile vols: needs one per strike: 2 for 3 strikes");

        type(calculator, "vols", "0.85, 0.78, 0.82");
        type(calculator, "strikes", "16, 22, 19");
        calculator.calculate();
        // The library's refusal worded by its code in the desk's language (RefusalWords.pricingReason).
        assertThat(calculator.errorProperty().get()).isEqualTo("Smile: must be positive and strictly rising");

        type(calculator, "strikes", "16, 19, 22");
        type(calculator, "expiry", "2026-11-01");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Expiry: 2026-11-01 is before the valuation date 2026-11-27");

        type(calculator, "expiry", "2027-01-20");
        type(calculator, "premium", "30");
        calculator.calculate();
        assertThat(calculator.errorProperty().get())
                .isEqualTo("Market premium: 30 is outside the no-arbitrage bounds: must lie between 0.4985 and 19.4424");
        assertThat(calculator.results()).isEmpty();

        type(calculator, "strike", "-1");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Strike: must be greater than 0, was -1");
    }

    @Test
    void outage_cover_quote_is_the_panjer_pricer_on_the_typed_terms() {
        OutageCoverQuote calculator = new OutageCoverQuote(tasks);
        type(calculator, "eventLimit", "50000");

        calculator.calculate();

        OutageCoverMeasures expected = OutageCoverPricer.DEFAULT.measures(
                new OutageCover(30, 0, 50000, 0, Double.POSITIVE_INFINITY),
                new OutageRisk(PoissonFrequency.of(4), 365, LostHoursSeverity.of(2000, 1.5), 20, 0.5, 0.0),
                RiskLoading.of(0.25, 0.2, 0.99));
        assertThat(calculator.errorProperty().get()).isEmpty();
        assertThat(figure(calculator, "Expected loss")).isEqualTo(Figures.amount(expected.expectedLoss()));
        assertThat(figure(calculator, "SD premium")).isEqualTo(Figures.amount(expected.standardDeviationPremium()));
        assertThat(figure(calculator, "Wang premium")).isEqualTo(Figures.amount(expected.wangPremium()));
        assertThat(figure(calculator, "VaR")).isEqualTo(Figures.amount(expected.valueAtRisk()));
        assertThat(figure(calculator, "TVaR")).isEqualTo(Figures.amount(expected.tailValueAtRisk()));
    }

    @Test
    void outage_cover_names_the_field_it_refuses() {
        OutageCoverQuote calculator = new OutageCoverQuote(tasks);

        type(calculator, "term", "30.5");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Term days: must be a whole number, was '30.5'");

        type(calculator, "term", "30");
        type(calculator, "confidence", "99");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Confidence: must be between 0 and 1, was 99");

        type(calculator, "confidence", "0.99");
        type(calculator, "aggregateLimit", "0");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Aggregate limit: must be greater than 0, was 0");
    }

    @Test
    void spike_cap_quote_is_the_spike_cover_pricer_with_its_closed_form_strip() {
        SpikeCapQuote calculator = new SpikeCapQuote(tasks);
        type(calculator, "paths", "2000");

        calculator.calculate();

        SpotModel model = SpotModel.schwartz(VALUATION, Math.log(20), 8, 0.9).withJumps(new JumpParameters(6, 0.3, 0.1));
        PriceSpikeCoverMeasures expected = PriceSpikeCoverPricer.DEFAULT.measures(
                PriceSpikeCover.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), 25, 1000),
                IndexMarket.of(VALUATION, 20, model, 0.02), 2000, 7);
        assertThat(calculator.errorProperty().get()).isEmpty();
        assertThat(figure(calculator, "Monte Carlo value")).isEqualTo(Figures.amount(expected.presentValue()));
        assertThat(figure(calculator, "Standard error")).isEqualTo(Figures.amount(expected.standardError()));
        assertThat(figure(calculator, "Closed-form strip")).isEqualTo(Figures.amount(expected.stripValue()));
        assertThat(figure(calculator, "Covered days")).isEqualTo("31");
    }

    @Test
    void spike_cap_names_the_field_it_refuses() {
        SpikeCapQuote calculator = new SpikeCapQuote(tasks);

        type(calculator, "last", "2026-11-30");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Last day: 2026-11-30 is before the first day 2026-12-01");

        type(calculator, "last", "2026-12-31");
        type(calculator, "paths", "1");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Paths: needs at least 2 for a standard error");

        type(calculator, "paths", "2000");
        type(calculator, "seed", "7.5");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Seed: must be a whole number, was '7.5'");

        type(calculator, "seed", "7");
        type(calculator, "kappa", "");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("Mean reversion: is empty");
    }

    @Test
    void green_premium_and_footprint_are_the_green_pricer_on_the_desk_parameters_with_typed_carbon_prices() {
        GreenFootprint calculator = new GreenFootprint(tasks);
        type(calculator, "hub", "NX");
        type(calculator, "euEts", "90");

        calculator.calculate();

        GreenParameters desk = GreenParametersJson.readDefault();
        GreenParameters parameters = desk.withPrices(desk.prices().withEuEts(90));
        CarbonFootprint expected = GreenPricer.DEFAULT.footprint(new CapacityPosition("H100", Hub.NX, false, 10, 1000),
                parameters);
        assertThat(calculator.errorProperty().get()).isEmpty();
        assertThat(figure(calculator, "Green premium")).isEqualTo(Figures.price(
                GreenPricer.DEFAULT.premiumPerUnit("H100", Hub.NX, YearMonth.of(2027, 1), parameters)));
        assertThat(figure(calculator, "Location-based")).isEqualTo(Figures.amount(expected.locationBasedKgCo2e() / 1000));
        assertThat(figure(calculator, "China carbon cost")).isEqualTo(Figures.amount(expected.chinaCarbonCostCny()));
        assertThat(calculator.results()).filteredOn(line -> line.label().equals("CBAM exposure"))
                .extracting(ResultLine::value)
                .containsExactly(Figures.amount(expected.cbamExposureEur()), Figures.amount(expected.cbamExposureCny()));
    }

    @Test
    void green_capacity_has_no_market_based_emissions_and_a_bad_price_is_named() {
        GreenFootprint calculator = new GreenFootprint(tasks);
        type(calculator, "green", "Yes");

        calculator.calculate();
        assertThat(figure(calculator, "Market-based")).isEqualTo(Figures.amount(0));
        assertThat(figure(calculator, "CBAM exposure")).isEqualTo(Figures.amount(0));

        type(calculator, "chinaEts", "-5");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).isEqualTo("China ETS: must not be negative, was -5");
    }

    @Test
    void conversion_is_the_compute_evaluator_on_the_desk_ratings() {
        RatingCatalogue ratings = HardwareRatingsJson.readDefault();
        HardwareConversion calculator = new HardwareConversion(tasks, () -> ratings);

        calculator.calculate();

        ComputeEvaluator evaluator = ComputeEvaluator.DEFAULT;
        assertThat(calculator.errorProperty().get()).isEmpty();
        assertThat(figure(calculator, "Equivalent hours")).isEqualTo(Figures.amount(evaluator.convertPosition(1000,
                ratings.product("H100"), ratings.product("H20"), ratings.unit("SCU"))));
        assertThat(figure(calculator, "Equivalent price")).isEqualTo(Figures.price(evaluator.convertPrice(20,
                ratings.product("H100"), ratings.product("H20"), ratings.unit("SCU"))));

        type(calculator, "to", "TPU9");
        calculator.calculate();
        assertThat(calculator.errorProperty().get()).startsWith("To: TPU9 is not rated; rated: [");
    }
}
