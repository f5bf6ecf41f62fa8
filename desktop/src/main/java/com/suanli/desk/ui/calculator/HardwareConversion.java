package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.data.pricing.HardwareRatingsJson;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.pricing.evaluation.ComputeEvaluator;
import com.suanli.pricing.evaluation.RatingCatalogue;
import com.suanli.pricing.evaluation.StandardComputeUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Hours and prices of one chip in another's terms, through a standard compute unit ({@link ComputeEvaluator})
 * on the desk's ratings: the catalogue's products and the evaluation-only ones (docs/EVALUATION.md).
 */
public final class HardwareConversion extends Calculator {

    private final Supplier<RatingCatalogue> ratings;
    private RatingCatalogue loaded;

    public HardwareConversion(TaskExecutor tasks) {
        this(tasks, HardwareRatingsJson::readDefault);
    }

    HardwareConversion(TaskExecutor tasks, Supplier<RatingCatalogue> ratings) {
        super("Hardware conversion", null, tasks, List.of(
                text("from", "From", "H100", "product code held"),
                text("to", "To", "H20", "product code to express it in"),
                text("unit", "Standard unit", "SCU", "standard compute unit"),
                text("hours", "Hours", "1000", "GPU-hours of the first"),
                text("price", "Price", "20", "CNY per hour of the first")));
        this.ratings = ratings;
    }

    @Override
    Callable<Quote> prepare() {
        String from = Fields.code("From", input("from"));
        String to = Fields.code("To", input("to"));
        String unitName = Fields.code("Standard unit", input("unit"));
        double hours = Fields.positive("Hours", input("hours"));
        double price = Fields.positive("Price", input("price"));
        return () -> {
            RatingCatalogue catalogue = catalogue();
            ComputeProduct held = rated(catalogue, "From", from);
            ComputeProduct target = rated(catalogue, "To", to);
            if (!catalogue.units().containsKey(unitName)) {
                throw new FieldException("Standard unit", unitName + " is not defined; defined: "
                        + catalogue.units().keySet());
            }
            StandardComputeUnit unit = catalogue.unit(unitName);
            ComputeEvaluator evaluator = ComputeEvaluator.DEFAULT;
            return Quote.of(List.of(
                    new ResultLine("Standard units", Figures.amount(evaluator.standardUnits(hours, held, unit)),
                            unitName + " in " + Figures.amount(hours) + " hours of " + from),
                    new ResultLine("Equivalent hours", Figures.amount(evaluator.convertPosition(hours, held, target, unit)),
                            "hours of " + to),
                    new ResultLine("Equivalent price", Figures.price(evaluator.convertPrice(price, held, target, unit)),
                            "CNY per hour of " + to),
                    new ResultLine("Price per unit", Figures.price(evaluator.pricePerUnit(price, held, unit)),
                            "CNY per " + unitName)));
        };
    }

    /** Read once, on the worker: the ratings come with the catalogue. */
    private synchronized RatingCatalogue catalogue() {
        if (loaded == null) {
            loaded = ratings.get();
        }
        return loaded;
    }

    private static ComputeProduct rated(RatingCatalogue catalogue, String field, String code) {
        if (!catalogue.products().containsKey(code)) {
            throw new FieldException(field, code + " is not rated; rated: " + catalogue.products().keySet());
        }
        return catalogue.product(code);
    }
}
