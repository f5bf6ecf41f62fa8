package com.suanli.data.pricing;

import com.suanli.data.json.JsonInput;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.future.AveragePriceSwap;
import com.suanli.pricing.future.ComputeFuture;
import com.suanli.pricing.future.FutureTrade;
import com.suanli.pricing.insurance.FrequencyModel;
import com.suanli.pricing.insurance.LostHoursSeverity;
import com.suanli.pricing.insurance.NegativeBinomialFrequency;
import com.suanli.pricing.insurance.OutageCover;
import com.suanli.pricing.insurance.OutageRisk;
import com.suanli.pricing.insurance.PoissonFrequency;
import com.suanli.pricing.insurance.PriceSpikeCover;
import com.suanli.pricing.model.JumpParameters;
import com.suanli.pricing.model.SpotModel;
import com.suanli.pricing.option.AveragePriceOption;
import com.suanli.pricing.option.AveragePriceOptionTrade;
import com.suanli.pricing.option.PutCall;
import com.suanli.pricing.green.CapacityPosition;
import com.suanli.pricing.portfolio.AveragePriceOptionHolding;
import com.suanli.pricing.portfolio.CarbonCostHolding;
import com.suanli.pricing.portfolio.FutureHolding;
import com.suanli.pricing.portfolio.OptionHolding;
import com.suanli.pricing.portfolio.OutageCoverHolding;
import com.suanli.pricing.portfolio.SpikeCapHolding;
import com.suanli.pricing.portfolio.SwapHolding;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.Position;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Trades of batch requests ({@code trades} of a price request, {@code portfolio} of a risk request). */
final class TradeJson {

    static final List<String> TYPES = List.of("future", "swap", "option", "averageOption", "outageCover", "spikeCap",
            "carbonCost");

    private TradeJson() {
    }

    /**
     * Reads every trade and values it once on the base market, so a trade the market cannot
     * price (a month off the curve, a missing volatility) fails here, at its own path.
     */
    static List<Position> readAll(JsonInput in, Market market) {
        List<Position> trades = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonInput trade : in.elements()) {
            Position position = read(trade);
            if (!ids.add(position.id())) {
                throw trade.get("id").fail("json.duplicate-trade", "duplicate trade id '" + position.id() + "'",
                        position.id());
            }
            double pv;
            try {
                pv = position.presentValue(market);
            } catch (IllegalArgumentException e) {
                // The market's message names market data (a month, a surface), not a field of the trade.
                throw trade.fail(e);
            }
            if (!Double.isFinite(pv)) {
                throw trade.fail("json.not-valued", "cannot be valued on this market (value " + pv + ")", pv);
            }
            trades.add(position);
        }
        return trades;
    }

    static Position read(JsonInput in) {
        String type = in.get("type").text();
        if ("future".equals(type)) {
            return future(in);
        }
        if ("swap".equals(type)) {
            return swap(in);
        }
        if ("option".equals(type)) {
            return option(in);
        }
        if ("averageOption".equals(type)) {
            return averageOption(in);
        }
        if ("outageCover".equals(type)) {
            return outageCover(in);
        }
        if ("spikeCap".equals(type)) {
            return spikeCap(in);
        }
        if ("carbonCost".equals(type)) {
            return carbonCost(in);
        }
        throw in.get("type").fail("json.must-be-one-of", "must be one of " + TYPES + ", was '" + type + "'",
                String.join(", ", TYPES), type);
    }

    private static Position future(JsonInput in) {
        in.allowOnly(Set.of("id", "type", "product", "hub", "green", "delivery", "lotSize", "lots", "price", "tradeDate"));
        String id = in.get("id").text();
        Underlying underlying = MarketJson.underlying(in);
        YearMonth delivery = in.get("delivery").month();
        double lotSize = in.get("lotSize").positive();
        long lots = in.get("lots").longValue();
        double price = in.get("price").positive();
        LocalDate tradeDate = in.get("tradeDate").date();
        return in.build(() -> FutureHolding.of(id,
                new FutureTrade(ComputeFuture.of(underlying, delivery, lotSize), tradeDate, lots, price)));
    }

    private static Position swap(JsonInput in) {
        in.allowOnly(Set.of("id", "type", "product", "hub", "green", "firstMonth", "lastMonth", "hoursPerDay",
                "fixedPrice", "paymentLagDays"));
        String id = in.get("id").text();
        Underlying underlying = MarketJson.underlying(in);
        YearMonth first = in.get("firstMonth").month();
        YearMonth last = in.has("lastMonth") ? in.get("lastMonth").month() : first;
        double hoursPerDay = in.get("hoursPerDay").number();
        double fixedPrice = in.get("fixedPrice").positive();
        int lag = in.has("paymentLagDays") ? in.get("paymentLagDays").intValue() : 0;
        return in.build(() -> SwapHolding.of(id, new AveragePriceSwap(underlying, first, last, hoursPerDay, fixedPrice, lag)));
    }

    private static Position option(JsonInput in) {
        in.allowOnly(Set.of("id", "type", "product", "hub", "green", "delivery", "putCall", "strike", "expiry",
                "quantity"));
        String id = in.get("id").text();
        Underlying underlying = MarketJson.underlying(in);
        YearMonth delivery = in.get("delivery").month();
        PutCall putCall = in.get("putCall").choice(PutCall.class);
        double strike = in.get("strike").positive();
        LocalDate expiry = in.get("expiry").date();
        double quantity = in.get("quantity").number();
        return in.build(() -> new OptionHolding(id, underlying, delivery, putCall, strike, expiry, quantity));
    }

    private static Position averageOption(JsonInput in) {
        in.allowOnly(Set.of("id", "type", "product", "hub", "green", "delivery", "putCall", "strike", "lotSize", "lots",
                "premium", "paymentLagDays", "tradeDate"));
        String id = in.get("id").text();
        Underlying underlying = MarketJson.underlying(in);
        YearMonth delivery = in.get("delivery").month();
        PutCall putCall = in.get("putCall").choice(PutCall.class);
        double strike = in.get("strike").positive();
        double lotSize = in.get("lotSize").positive();
        long lots = in.get("lots").longValue();
        double premium = in.has("premium") ? in.get("premium").number() : 0.0;
        int lag = in.has("paymentLagDays") ? in.get("paymentLagDays").intValue() : 0;
        LocalDate tradeDate = in.get("tradeDate").date();
        return in.build(() -> AveragePriceOptionHolding.of(id, new AveragePriceOptionTrade(
                new AveragePriceOption(underlying, delivery, putCall, strike, lotSize, lag), tradeDate, lots, premium)));
    }

    private static Position outageCover(JsonInput in) {
        in.allowOnly(Set.of("id", "type", "product", "hub", "green", "start", "termDays", "quantity",
                "perEventDeductible", "perEventLimit", "aggregateDeductible", "aggregateLimit", "frequency",
                "severity", "tightnessBeta", "tightnessCorrelation"));
        String id = in.get("id").text();
        Underlying underlying = MarketJson.underlying(in);
        LocalDate start = in.get("start").date();
        int termDays = in.get("termDays").intValue();
        double quantity = in.get("quantity").number();
        double perEventDeductible = orDefault(in, "perEventDeductible", 0.0);
        double perEventLimit = orDefault(in, "perEventLimit", Double.POSITIVE_INFINITY);
        double aggregateDeductible = orDefault(in, "aggregateDeductible", 0.0);
        double aggregateLimit = orDefault(in, "aggregateLimit", Double.POSITIVE_INFINITY);
        OutageCover cover = in.build(() -> new OutageCover(termDays, perEventDeductible, perEventLimit,
                aggregateDeductible, aggregateLimit));
        JsonInput frequencyInput = in.get("frequency").allowOnly(Set.of("model", "mean", "variance", "periodDays"));
        String model = frequencyInput.get("model").text();
        double mean = frequencyInput.get("mean").positive();
        int periodDays = frequencyInput.has("periodDays") ? frequencyInput.get("periodDays").intValue() : 365;
        FrequencyModel frequency;
        if ("poisson".equals(model)) {
            frequency = frequencyInput.build(() -> PoissonFrequency.of(mean));
        } else if ("negativeBinomial".equals(model)) {
            double variance = frequencyInput.get("variance").positive();
            frequency = frequencyInput.build(() -> NegativeBinomialFrequency.ofMoments(mean, variance));
        } else {
            throw frequencyInput.get("model").fail("json.must-be-one-of",
                    "must be one of [poisson, negativeBinomial], was '" + model + "'", "poisson, negativeBinomial", model);
        }
        JsonInput severityInput = in.get("severity").allowOnly(Set.of("meanGpuHours", "coefficientOfVariation"));
        double meanHours = severityInput.get("meanGpuHours").positive();
        double cv = severityInput.get("coefficientOfVariation").positive();
        LostHoursSeverity severity = severityInput.build(() -> LostHoursSeverity.of(meanHours, cv));
        double beta = orDefault(in, "tightnessBeta", 0.0);
        double correlation = orDefault(in, "tightnessCorrelation", 0.0);
        // The replacement spot is the market's forward; 1.0 is a placeholder the holding replaces.
        OutageRisk risk = in.build(() -> new OutageRisk(frequency, periodDays, severity, 1.0, beta, correlation));
        return in.build(() -> new OutageCoverHolding(id, underlying, start, cover, risk, quantity));
    }

    private static Position spikeCap(JsonInput in) {
        in.allowOnly(Set.of("id", "type", "product", "hub", "green", "firstDay", "lastDay", "strike", "hoursPerDay",
                "quantity", "indexLevel", "marketPriceOfRisk", "model"));
        String id = in.get("id").text();
        Underlying underlying = MarketJson.underlying(in);
        LocalDate firstDay = in.get("firstDay").date();
        LocalDate lastDay = in.get("lastDay").date();
        double strike = in.get("strike").positive();
        double hoursPerDay = in.get("hoursPerDay").positive();
        double quantity = in.get("quantity").number();
        double indexLevel = in.get("indexLevel").positive();
        double marketPriceOfRisk = orDefault(in, "marketPriceOfRisk", 0.0);
        JsonInput m = in.get("model").allowOnly(Set.of("origin", "longRunMean", "kappa", "sigma", "obsolescenceRate",
                "seasonalCos", "seasonalSin", "jumps"));
        LocalDate origin = m.get("origin").date();
        double longRunMean = m.get("longRunMean").number();
        double kappa = m.get("kappa").positive();
        double sigma = m.get("sigma").number();
        double obsolescence = orDefault(m, "obsolescenceRate", 0.0);
        double cos = orDefault(m, "seasonalCos", 0.0);
        double sin = orDefault(m, "seasonalSin", 0.0);
        JumpParameters jumps = JumpParameters.NONE;
        if (m.has("jumps")) {
            JsonInput j = m.get("jumps").allowOnly(Set.of("intensity", "meanSize", "sizeStd"));
            double intensity = j.get("intensity").number();
            double meanSize = j.get("meanSize").number();
            double sizeStd = j.get("sizeStd").number();
            jumps = j.build(() -> new JumpParameters(intensity, meanSize, sizeStd));
        }
        JumpParameters jumpParameters = jumps;
        SpotModel model = m.build(() -> new SpotModel(origin, longRunMean, kappa, sigma, obsolescence, cos, sin,
                jumpParameters));
        PriceSpikeCover cover = in.build(() -> PriceSpikeCover.of(firstDay, lastDay, strike, hoursPerDay));
        return in.build(() -> new SpikeCapHolding(id, underlying, cover, model, indexLevel, marketPriceOfRisk, quantity));
    }

    private static Position carbonCost(JsonInput in) {
        in.allowOnly(Set.of("id", "type", "product", "hub", "green", "lots", "contractSize", "europeanBuyer"));
        String id = in.get("id").text();
        Underlying underlying = MarketJson.underlying(in);
        double lots = in.get("lots").number();
        double contractSize = in.get("contractSize").positive();
        boolean europeanBuyer = in.has("europeanBuyer") && in.get("europeanBuyer").bool();
        Hub hub = in.build(() -> Hub.ofCode(underlying.hubCode()));
        CapacityPosition capacity = in.build(() -> new CapacityPosition(underlying.productCode(), hub,
                underlying.green(), lots, contractSize));
        return in.build(() -> new CarbonCostHolding(id, capacity, GreenParametersJson.readDefault(), europeanBuyer));
    }

    private static double orDefault(JsonInput in, String field, double otherwise) {
        return in.has(field) ? in.get(field).number() : otherwise;
    }
}
