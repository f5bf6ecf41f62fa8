package com.suanli.desk.ui.risk;

import com.suanli.exchange.clearing.AccountStanding;
import com.suanli.exchange.clearing.Position;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.future.ComputeFuture;
import com.suanli.pricing.future.FutureTrade;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.portfolio.FutureHolding;
import com.suanli.pricing.risk.BucketRisk;
import com.suanli.pricing.risk.Greeks;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.MarketSnapshot;
import com.suanli.pricing.risk.Portfolio;
import com.suanli.pricing.risk.RiskRequest;
import com.suanli.pricing.risk.Sensitivities;
import com.suanli.pricing.risk.VarSettings;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The cleared desk priced with the pricing library: every futures position a {@link FutureHolding} at its
 * average price, on curves through the marks of each underlying's live months; the book's Greeks by delivery
 * month of each curve ({@code Sensitivities.byBucket}) and each position's own.
 *
 * <p>Spot positions deliver tomorrow and carry no month to bucket, and positions in a contract past expiry have
 * no mark: both are counted in {@link #unpriced()}, not priced.
 *
 * @param book the positions and market as a scenario run takes them
 * @param buckets delta, gamma and vega of each delivery month of each curve
 * @param byPosition each priced position's Greeks, by holding id ({@link #holdingId})
 */
public record PricedDesk(ClearedDesk desk, DeskBook book, List<BucketRisk> buckets, Map<String, Greeks> byPosition,
                         int unpriced) {

    /** A one-day 99% VaR of one-day moves: the desk's book names no settings of its own. */
    static final VarSettings DESK_VAR = new VarSettings(0.99, 1, VarSettings.HorizonScaling.SQRT_TIME);
    /** Futures are marked to market daily: valued undiscounted, so the rate plays no part. */
    private static final double NO_DISCOUNTING = 0.0;

    public PricedDesk {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(book, "book");
        buckets = List.copyOf(buckets);
        byPosition = Map.copyOf(byPosition);
    }

    public static String holdingId(long account, ContractSpec contract) {
        return account + "/" + contract.symbol();
    }

    /** Prices what the desk holds; the work of a background task. */
    public static PricedDesk price(ClearedDesk desk, String bookName) {
        Map<Underlying, TreeMap<YearMonth, Double>> quotes = new LinkedHashMap<>();
        List<com.suanli.pricing.risk.Position> holdings = new ArrayList<>();
        int unpriced = 0;
        for (AccountStanding account : desk.accounts()) {
            for (Position position : account.positions()) {
                if (position.netLots() == 0) {
                    continue;
                }
                ContractSpec contract = desk.listing().byId(position.instrumentId());
                if (contract.kind() != ContractKind.FUTURE || desk.mark(contract.instrumentId()).isEmpty()) {
                    unpriced++;
                    continue;
                }
                quotes.computeIfAbsent(Underlying.of(contract), underlying -> curveQuotes(desk, underlying));
                double averagePrice = position.averagePrice().multiply(contract.tickSize()).doubleValue();
                holdings.add(FutureHolding.of(holdingId(account.account(), contract), new FutureTrade(
                        ComputeFuture.of(contract), desk.asOf(), position.netLots(), averagePrice)));
            }
        }
        Map<Underlying, ForwardCurve> curves = new LinkedHashMap<>();
        quotes.forEach((underlying, months) -> curves.put(underlying, ForwardCurve.of(months)));
        MarketSnapshot snapshot = MarketSnapshot.of(MarketData.of(desk.asOf(), NO_DISCOUNTING, curves));
        Portfolio portfolio = new Portfolio(holdings);
        DeskBook book = new DeskBook(bookName, new RiskRequest(snapshot, portfolio, List.of(), List.of(), null,
                DESK_VAR, null, null));
        Market market = Market.of(snapshot);
        List<BucketRisk> buckets = holdings.isEmpty() ? List.of()
                : Sensitivities.byBucket(portfolio::presentValue, market);
        Map<String, Greeks> byPosition = new HashMap<>();
        for (com.suanli.pricing.risk.Position holding : holdings) {
            byPosition.put(holding.id(), Sensitivities.greeks(holding::presentValue, market));
        }
        return new PricedDesk(desk, book, buckets, byPosition, unpriced);
    }

    /** The marks of every live month of the underlying, the curve's quotes. */
    private static TreeMap<YearMonth, Double> curveQuotes(ClearedDesk desk, Underlying underlying) {
        TreeMap<YearMonth, Double> months = new TreeMap<>();
        for (ContractSpec contract : desk.listing().contracts()) {
            if (contract.kind() == ContractKind.FUTURE && Underlying.of(contract).equals(underlying)) {
                desk.mark(contract.instrumentId()).ifPresent(mark -> months.put(contract.deliveryMonth(), mark));
            }
        }
        return months;
    }
}
