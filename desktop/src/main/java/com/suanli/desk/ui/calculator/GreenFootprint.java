package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.choice;
import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.data.pricing.GreenParametersJson;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.green.CapacityPosition;
import com.suanli.pricing.green.CarbonFootprint;
import com.suanli.pricing.green.CarbonPrices;
import com.suanli.pricing.green.GreenParameters;
import com.suanli.pricing.green.GreenPricer;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The green premium per GPU-hour and the carbon footprint of a capacity position with its CBAM-style
 * exposure ({@link GreenPricer}), on the desk's green parameters (docs/GREEN.md) with the carbon prices
 * the user may override.
 */
public final class GreenFootprint extends Calculator {

    private static final double KG_PER_TONNE = 1000.0;

    public GreenFootprint(TaskExecutor tasks) {
        super(Texts.get("calc.green.green-and-carbon"), null, tasks, List.of(
                text("product", Texts.get("calc.green.product"), "H100", Texts.get("calc.green.product-code")),
                choice("hub", Texts.get("calc.green.hub"), Arrays.stream(Hub.values()).map(Hub::code).toList()),
                choice("green", Texts.get("calc.green.green-tagged"), List.of(Texts.get("calc.green.no"),
                        Texts.get("calc.green.yes"))),
                text("month", Texts.get("calc.green.delivery-month"), "2027-01", "2027-01"),
                text("lots", Texts.get("calc.green.lots"), "10", Texts.get("calc.green.positive-held-negative-sold")),
                text("contractSize", Texts.get("calc.green.contract-size"), "1000",
                        Texts.get("calc.green.gpu-hours-per-lot")),
                text("chinaEts", Texts.get("calc.green.china-ets"), "",
                        Texts.get("calc.green.cny-per-tonne-empty-for-the-desk-s")),
                text("euEts", Texts.get("calc.green.eu-ets"), "",
                        Texts.get("calc.green.eur-per-tonne-empty-for-the-desk-s"))));
    }

    @Override
    Callable<Quote> prepare() {
        String product = Fields.code(Texts.get("calc.green.product"), input("product"));
        Hub hub = Hub.valueOf(input("hub"));
        boolean green = Texts.get("calc.green.yes").equals(input("green"));
        YearMonth month = Fields.month(Texts.get("calc.green.delivery-month"), input("month"));
        long lots = Fields.lots(Texts.get("calc.green.lots"), input("lots"));
        double contractSize = Fields.positive(Texts.get("calc.green.contract-size"), input("contractSize"));
        Double chinaEts = optionalPrice(Texts.get("calc.green.china-ets"), input("chinaEts"));
        Double euEts = optionalPrice(Texts.get("calc.green.eu-ets"), input("euEts"));
        return () -> {
            GreenParameters parameters = withPrices(GreenParametersJson.readDefault(), chinaEts, euEts);
            GreenPricer pricer = GreenPricer.DEFAULT;
            CarbonFootprint footprint = pricer.footprint(new CapacityPosition(product, hub, green, lots, contractSize),
                    parameters);
            return Quote.of(List.of(
                    new ResultLine(Texts.get("calc.green.energy-per-gpu-hour"),
                            Figures.price(pricer.energyPerUnitKwh(product, hub, parameters)),
                            Texts.get("calc.green.kwh-at-the-facility")),
                    new ResultLine(Texts.get("calc.green.green-premium"), Figures.price(pricer.premiumPerUnit(product,
                            hub, month, parameters)),
                            Texts.format("calc.green.premium-unit", month.toString())),
                    new ResultLine(Texts.get("calc.green.energy"), Figures.amount(footprint.energyKwh()),
                            Texts.get("calc.green.kwh")),
                    new ResultLine(Texts.get("calc.green.location-based"),
                            Figures.amount(footprint.locationBasedKgCo2e() / KG_PER_TONNE),
                            Texts.get("calc.green.t-co2e")),
                    new ResultLine(Texts.get("calc.green.market-based"),
                            Figures.amount(footprint.marketBasedKgCo2e() / KG_PER_TONNE),
                            Texts.get("calc.green.t-co2e-after-certificates")),
                    new ResultLine(Texts.get("calc.green.china-carbon-cost"),
                            Figures.amount(footprint.chinaCarbonCostCny()), Texts.get("calc.green.cny")),
                    new ResultLine(Texts.get("calc.green.cbam-exposure"), Figures.amount(footprint.cbamExposureEur()),
                            Texts.get("calc.green.eur")),
                    new ResultLine(Texts.get("calc.green.cbam-exposure"), Figures.amount(footprint.cbamExposureCny()),
                            Texts.get("calc.green.cny"))));
        };
    }

    private static Double optionalPrice(String field, String text) {
        return text == null || text.isBlank() ? null : Fields.notNegative(field, text);
    }

    private static GreenParameters withPrices(GreenParameters parameters, Double chinaEts, Double euEts) {
        CarbonPrices prices = parameters.prices();
        if (chinaEts != null) {
            prices = prices.withChinaEts(chinaEts);
        }
        if (euEts != null) {
            prices = prices.withEuEts(euEts);
        }
        return parameters.withPrices(prices);
    }
}
