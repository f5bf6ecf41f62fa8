package com.suanli.desk.ui.autoquote;

import com.suanli.desk.ui.account.MarkRule;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.InstrumentMarket;
import com.suanli.desk.ui.trading.OrderStatus;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.curve.ForwardCurve;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The auto-quoter's fair value of an instrument, from the trading desk's view of the market. Neither source
 * looks at the desk's own orders in the instrument, so the quoter never chases its own quote.
 */
public final class FairValues {

    private FairValues() {
    }

    /** @throws CannotQuote when the source has no value for the instrument now, saying why */
    public static FairValue of(FairValueSource source, ContractSpec contract, TradingDesk desk) {
        return source == FairValueSource.CURVE ? curve(contract, desk) : mid(contract, desk);
    }

    /**
     * The pricing library's {@link ForwardCurve} through the other delivery months of the instrument's strip
     * (same product, hub and green tag), each at its mark: the mid of its best bid and offer, else its last
     * trade, else its reference price. The fair value is the curve's average over the instrument's month; a
     * month before the first or after the last of the others takes the nearest end's (the curve does not
     * extrapolate).
     */
    static FairValue curve(ContractSpec contract, TradingDesk desk) {
        YearMonth month = contract.deliveryMonth();
        if (month == null) {
            throw new CannotQuote(Texts.format("autoquote.fair.no-month", contract.symbol()));
        }
        NavigableMap<YearMonth, Double> quotes = new TreeMap<>();
        for (ContractSpec other : desk.catalogue().contracts()) {
            if (other.instrumentId() != contract.instrumentId() && other.deliveryMonth() != null
                    && other.product().code().equals(contract.product().code()) && other.hub() == contract.hub()
                    && other.green() == contract.green()) {
                BigDecimal markTicks = MarkRule.MID.markTicks(desk.market(other.instrumentId()))
                        .orElse(BigDecimal.valueOf(other.referencePriceTicks()));
                quotes.put(other.deliveryMonth(), markTicks.multiply(other.tickSize()).doubleValue());
            }
        }
        if (quotes.isEmpty()) {
            throw new CannotQuote(Texts.format("autoquote.fair.no-other-month", contract.symbol()));
        }
        YearMonth priced = month.isBefore(quotes.firstKey()) ? quotes.firstKey()
                : month.isAfter(quotes.lastKey()) ? quotes.lastKey() : month;
        double price = ForwardCurve.of(quotes).monthlyAverage(priced);
        return new FairValue(price / contract.tickSize().doubleValue(), priced.equals(month)
                ? Texts.format("autoquote.fair.curve", quotes.size())
                : Texts.format("autoquote.fair.curve-flat", quotes.size(), priced.toString()));
    }

    /**
     * The mid of the other members' best bid and offer (the book's levels less the desk's own lots there); the
     * last trade when a side is empty.
     */
    static FairValue mid(ContractSpec contract, TradingDesk desk) {
        InstrumentMarket market = desk.market(contract.instrumentId());
        List<OwnOrder> own = desk.liveOrders(contract.instrumentId());
        long bid = othersBest(market.levels(Side.BID).descendingMap(), own, Side.BID);
        long ask = othersBest(market.levels(Side.ASK), own, Side.ASK);
        if (bid != 0 && ask != 0) {
            return new FairValue((bid + ask) / 2.0,
                    Texts.format("autoquote.fair.mid", contract.toPrice(bid).toPlainString(),
                            contract.toPrice(ask).toPlainString()));
        }
        if (market.lastPrice() != 0) {
            return new FairValue(market.lastPrice(), Texts.format("autoquote.fair.last",
                    contract.toPrice(market.lastPrice()).toPlainString()));
        }
        throw new CannotQuote(Texts.format("autoquote.fair.none", contract.symbol()));
    }

    /** The best price where someone other than the desk shows lots, 0 when no one does. */
    private static long othersBest(Map<Long, Long> bestFirst, List<OwnOrder> own, Side side) {
        for (Map.Entry<Long, Long> level : bestFirst.entrySet()) {
            long mine = own.stream()
                    .filter(order -> order.side() == side && order.status() == OrderStatus.WORKING
                            && order.price() == level.getKey())
                    .mapToLong(OwnOrder::openQuantity).sum();
            if (level.getValue() > mine) {
                return level.getKey();
            }
        }
        return 0;
    }
}
