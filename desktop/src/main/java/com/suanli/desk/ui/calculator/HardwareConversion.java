package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.calculator.CalculatorInput.text;

import com.suanli.data.pricing.HardwareRatingsJson;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.text.Texts;
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
        super(Texts.get("calc.hardware.hardware-conversion"), null, tasks, List.of(
                text("from", Texts.get("calc.hardware.from"), "H100", Texts.get("calc.hardware.product-code-held")),
                text("to", Texts.get("calc.hardware.to"), "H20",
                        Texts.get("calc.hardware.product-code-to-express-it-in")),
                text("unit", Texts.get("calc.hardware.standard-unit"), "SCU",
                        Texts.get("calc.hardware.standard-compute-unit")),
                text("hours", Texts.get("calc.hardware.hours"), "1000",
                        Texts.get("calc.hardware.gpu-hours-of-the-first")),
                text("price", Texts.get("calc.hardware.price"), "20",
                        Texts.get("calc.hardware.cny-per-hour-of-the-first"))));
        this.ratings = ratings;
    }

    @Override
    Callable<Quote> prepare() {
        String from = Fields.code(Texts.get("calc.hardware.from"), input("from"));
        String to = Fields.code(Texts.get("calc.hardware.to"), input("to"));
        String unitName = Fields.code(Texts.get("calc.hardware.standard-unit"), input("unit"));
        double hours = Fields.positive(Texts.get("calc.hardware.hours"), input("hours"));
        double price = Fields.positive(Texts.get("calc.hardware.price"), input("price"));
        return () -> {
            RatingCatalogue catalogue = catalogue();
            ComputeProduct held = rated(catalogue, Texts.get("calc.hardware.from"), from);
            ComputeProduct target = rated(catalogue, Texts.get("calc.hardware.to"), to);
            if (!catalogue.units().containsKey(unitName)) {
                throw new FieldException(Texts.get("calc.hardware.standard-unit"),
                        Texts.format("calc.hardware.not-defined",
                        unitName, catalogue.units().keySet().toString()));
            }
            StandardComputeUnit unit = catalogue.unit(unitName);
            ComputeEvaluator evaluator = ComputeEvaluator.DEFAULT;
            return Quote.of(List.of(
                    new ResultLine(Texts.get("calc.hardware.standard-units"),
                            Figures.amount(evaluator.standardUnits(hours, held, unit)),
                            Texts.format("calc.hardware.units-in", unitName, Figures.amount(hours), from)),
                    new ResultLine(Texts.get("calc.hardware.equivalent-hours"),
                            Figures.amount(evaluator.convertPosition(hours, held, target, unit)),
                            Texts.format("calc.hardware.hours-of", to)),
                    new ResultLine(Texts.get("calc.hardware.equivalent-price"),
                            Figures.price(evaluator.convertPrice(price, held, target, unit)),
                            Texts.format("calc.hardware.cny-per-hour-of", to)),
                    new ResultLine(Texts.get("calc.hardware.price-per-unit"),
                            Figures.price(evaluator.pricePerUnit(price, held, unit)),
                            Texts.format("calc.hardware.cny-per", unitName))));
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
            throw new FieldException(field, Texts.format("calc.hardware.not-rated", code,
                    catalogue.products().keySet().toString()));
        }
        return catalogue.product(code);
    }
}
