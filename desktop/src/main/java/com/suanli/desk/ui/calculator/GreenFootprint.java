package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.choice;
import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.data.pricing.GreenParametersJson;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
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
        super("Green and carbon", null, tasks, List.of(
                text("product", "Product", "H100", "product code"),
                choice("hub", "Hub", Arrays.stream(Hub.values()).map(Hub::code).toList()),
                choice("green", "Green tagged", List.of("No", "Yes")),
                text("month", "Delivery month", "2027-01", "2027-01"),
                text("lots", "Lots", "10", "positive held, negative sold"),
                text("contractSize", "Contract size", "1000", "GPU-hours per lot"),
                text("chinaEts", "China ETS", "", "CNY per tonne; empty for the desk's"),
                text("euEts", "EU ETS", "", "EUR per tonne; empty for the desk's")));
    }

    @Override
    Callable<Quote> prepare() {
        String product = Fields.code("Product", input("product"));
        Hub hub = Hub.valueOf(input("hub"));
        boolean green = "Yes".equals(input("green"));
        YearMonth month = Fields.month("Delivery month", input("month"));
        long lots = Fields.lots("Lots", input("lots"));
        double contractSize = Fields.positive("Contract size", input("contractSize"));
        Double chinaEts = optionalPrice("China ETS", input("chinaEts"));
        Double euEts = optionalPrice("EU ETS", input("euEts"));
        return () -> {
            GreenParameters parameters = withPrices(GreenParametersJson.readDefault(), chinaEts, euEts);
            GreenPricer pricer = GreenPricer.DEFAULT;
            CarbonFootprint footprint = pricer.footprint(new CapacityPosition(product, hub, green, lots, contractSize),
                    parameters);
            return Quote.of(List.of(
                    new ResultLine("Energy per GPU-hour", Figures.price(pricer.energyPerUnitKwh(product, hub, parameters)),
                            "kWh at the facility"),
                    new ResultLine("Green premium", Figures.price(pricer.premiumPerUnit(product, hub, month, parameters)),
                            "CNY per GPU-hour in " + month),
                    new ResultLine("Energy", Figures.amount(footprint.energyKwh()), "kWh"),
                    new ResultLine("Location-based", Figures.amount(footprint.locationBasedKgCo2e() / KG_PER_TONNE),
                            "t CO2e"),
                    new ResultLine("Market-based", Figures.amount(footprint.marketBasedKgCo2e() / KG_PER_TONNE),
                            "t CO2e, after certificates"),
                    new ResultLine("China carbon cost", Figures.amount(footprint.chinaCarbonCostCny()), "CNY"),
                    new ResultLine("CBAM exposure", Figures.amount(footprint.cbamExposureEur()), "EUR"),
                    new ResultLine("CBAM exposure", Figures.amount(footprint.cbamExposureCny()), "CNY")));
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
