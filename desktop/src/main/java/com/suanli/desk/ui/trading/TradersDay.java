package com.suanli.desk.ui.trading;

import com.suanli.data.trading.OrderRecord;
import com.suanli.data.trading.PriceVolume;
import com.suanli.data.trading.TradeRecord;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The trader's day before this window opened: the orders still working in the exchange, the day's fills and the
 * market's volume at each price, as the engine's read models and the store's trading tables hold them. A restarted
 * desk starts its blotter and the ladder's own and volume columns from it ({@link TradingDesk#resume}); the events
 * carry on from there. Refused commands are not in it: neither the engine nor the store keeps them.
 *
 * @param working the accounts' working orders, held stops and quote sides included, oldest first
 * @param fills the accounts' fills of the day, oldest first
 * @param volumeAtPrice every instrument's lots traded at each price on the day before the events the desk heard
 */
public record TradersDay(List<OwnOrder> working, List<Fill> fills, List<PriceVolume> volumeAtPrice) {

    public TradersDay {
        working = List.copyOf(working);
        fills = List.copyOf(fills);
        volumeAtPrice = List.copyOf(volumeAtPrice);
    }

    /** The same day with the market's volume at price the store holds. */
    public TradersDay withVolumeAtPrice(List<PriceVolume> stored) {
        return new TradersDay(working, fills, stored);
    }

    /**
     * @param working the exchange's working orders of the trader's accounts
     * @param recorded the store's record of an order (its quantity and lots filled); empty while the recorder
     *        has not written it yet, when the order counts as all open
     * @param trades the day's trades the accounts were on either side of
     * @param accounts the accounts the signed-in user trades
     */
    public static TradersDay of(Collection<WorkingOrder> working, LongFunction<Optional<OrderRecord>> recorded,
                                Collection<TradeRecord> trades, Catalogue catalogue, Collection<Long> accounts) {
        List<OwnOrder> orders = new ArrayList<>();
        for (WorkingOrder order : working) {
            catalogue.find(order.instrumentId()).filter(each -> accounts.contains(order.account()))
                    .ifPresent(contract -> orders.add(owned(order, contract, recorded.apply(order.orderId()))));
        }
        orders.sort((one, other) -> Long.compare(one.orderId(), other.orderId()));
        List<Fill> fills = new ArrayList<>();
        for (TradeRecord trade : trades) {
            catalogue.find(trade.instrumentId()).ifPresent(contract -> {
                if (accounts.contains(trade.buyAccount())) {
                    fills.add(fill(trade, contract, Side.BID, trade.buyOrderId()));
                }
                if (accounts.contains(trade.sellAccount())) {
                    fills.add(fill(trade, contract, Side.ASK, trade.sellOrderId()));
                }
            });
        }
        return new TradersDay(orders, fills, List.of());
    }

    private static OwnOrder owned(WorkingOrder order, ContractSpec contract, Optional<OrderRecord> record) {
        long filled = record.map(OrderRecord::filledQuantity).orElse(0L);
        long quantity = record.map(OrderRecord::quantity).orElse(order.openQuantity() + filled);
        return new OwnOrder(order.orderId(), order.account(), order.clientOrderId(), contract, order.side(), order.type(),
                order.timeInForce(), order.price(), order.stopPrice(), quantity, order.openQuantity(), filled,
                order.quoteSide(), order.held() ? OrderStatus.HELD : OrderStatus.WORKING, null);
    }

    private static Fill fill(TradeRecord trade, ContractSpec contract, Side side, long orderId) {
        boolean aggressor = trade.aggressor() == (side == Side.BID ? Aggressor.BUYER : Aggressor.SELLER);
        return new Fill(trade.tradeId(), trade.executedAt(), orderId, contract, side, trade.priceTicks(), trade.quantity(),
                aggressor);
    }
}
