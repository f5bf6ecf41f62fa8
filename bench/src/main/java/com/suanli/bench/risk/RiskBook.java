package com.suanli.bench.risk;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.future.AveragePriceSwap;
import com.suanli.pricing.future.ComputeFuture;
import com.suanli.pricing.future.FutureTrade;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.market.VolSmile;
import com.suanli.pricing.market.VolSurface;
import com.suanli.pricing.option.AveragePriceOption;
import com.suanli.pricing.option.AveragePriceOptionTrade;
import com.suanli.pricing.option.PutCall;
import com.suanli.pricing.portfolio.AveragePriceOptionHolding;
import com.suanli.pricing.portfolio.FutureHolding;
import com.suanli.pricing.portfolio.OptionHolding;
import com.suanli.pricing.portfolio.SwapHolding;
import com.suanli.pricing.risk.CurveSelection;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.MarketSnapshot;
import com.suanli.pricing.risk.MonteCarloScenarios;
import com.suanli.pricing.risk.Portfolio;
import com.suanli.pricing.risk.Position;
import com.suanli.pricing.risk.RiskFactor;
import com.suanli.pricing.risk.Scenario;
import com.suanli.pricing.risk.ShiftKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A desk-sized book for the revaluation benchmark: two GPU products at the eight hubs (16
 * curves of 12 months with smiles), positions drawn from a seeded generator (futures 40%,
 * options on futures 35%, monthly-average swaps 15%, average-price options 10%), and Monte
 * Carlo scenarios moving each curve by a correlated log-return.
 */
final class RiskBook {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final YearMonth FIRST_MONTH = YearMonth.of(2026, 12);
    static final int MONTHS = 12;
    static final List<String> PRODUCTS = List.of("H100", "A100");
    static final List<String> HUBS = Arrays.stream(Hub.values()).map(Hub::code).toList();

    private RiskBook() {
    }

    static Market market() {
        Map<Underlying, ForwardCurve> curves = new HashMap<>();
        Map<Underlying, VolSurface> vols = new HashMap<>();
        Random random = new Random(1);
        for (String product : PRODUCTS) {
            for (String hub : HUBS) {
                Underlying underlying = Underlying.of(product, hub);
                double level = ("H100".equals(product) ? 18.0 : 9.0) * (Hub.ofCode(hub).isWest() ? 0.9 : 1.15);
                TreeMap<YearMonth, Double> quotes = new TreeMap<>();
                for (int m = 0; m < MONTHS; m++) {
                    quotes.put(FIRST_MONTH.plusMonths(m), level * (1 - 0.01 * m) * (1 + 0.02 * random.nextGaussian()));
                }
                curves.put(underlying, ForwardCurve.of(quotes));
                List<VolSmile> smiles = new ArrayList<>();
                for (int m = 1; m <= MONTHS; m += 3) {
                    LocalDate expiry = FIRST_MONTH.plusMonths(m).atDay(1).minusDays(5);
                    smiles.add(VolSmile.of(expiry, new double[] {0.7 * level, level, 1.3 * level},
                            new double[] {0.95, 0.8, 0.88}));
                }
                vols.put(underlying, VolSurface.of(smiles.toArray(new VolSmile[0])));
            }
        }
        return Market.of(MarketSnapshot.of(new MarketData(TODAY, 0.02, curves, vols, Map.of())));
    }

    static Portfolio portfolio(Market market, int positions, long seed) {
        Random random = new Random(seed);
        List<Position> book = new ArrayList<>(positions);
        for (int i = 0; i < positions; i++) {
            Underlying underlying = Underlying.of(PRODUCTS.get(random.nextInt(PRODUCTS.size())),
                    HUBS.get(random.nextInt(HUBS.size())));
            YearMonth month = FIRST_MONTH.plusMonths(1 + random.nextInt(MONTHS - 1));
            double forward = market.forward(underlying, month);
            double strike = forward * (0.8 + 0.4 * random.nextDouble());
            long lots = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(50));
            PutCall putCall = random.nextBoolean() ? PutCall.CALL : PutCall.PUT;
            double kind = random.nextDouble();
            String id = "p" + i;
            if (kind < 0.40) {
                book.add(FutureHolding.of(id, new FutureTrade(ComputeFuture.of(underlying, month, 100.0),
                        TODAY.minusDays(3), lots, strike)));
            } else if (kind < 0.75) {
                book.add(new OptionHolding(id, underlying, month, putCall, strike, month.atDay(1).minusDays(10),
                        lots * 100.0));
            } else if (kind < 0.90) {
                YearMonth last = month.plusMonths(random.nextInt(3));
                last = last.isAfter(FIRST_MONTH.plusMonths(MONTHS - 1)) ? month : last;
                book.add(SwapHolding.of(id, new AveragePriceSwap(underlying, month, last, lots * 24.0, strike, 5)));
            } else {
                book.add(AveragePriceOptionHolding.of(id, new AveragePriceOptionTrade(
                        new AveragePriceOption(underlying, month, putCall, strike, 100.0, 5), TODAY, lots, 1.0)));
            }
        }
        return new Portfolio(book);
    }

    /** One correlated log-return per curve (daily vol 4%, correlation 0.5), over one day. */
    static List<Scenario> scenarios(Market market, int count, long seed) {
        List<RiskFactor> factors = new ArrayList<>();
        for (Underlying curve : market.curves()) {
            factors.add(new RiskFactor(curve.toString(), CurveSelection.curve(curve), ShiftKind.LOG, 0.04));
        }
        int n = factors.size();
        double[][] correlation = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                correlation[i][j] = i == j ? 1.0 : 0.5;
            }
        }
        return MonteCarloScenarios.simulate(factors, correlation, 1, count, seed);
    }
}
