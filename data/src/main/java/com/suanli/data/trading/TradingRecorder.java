package com.suanli.data.trading;

import com.suanli.data.clearing.MarginRepository;
import com.suanli.data.clearing.PositionRepository;
import com.suanli.data.clearing.SettlementPrice;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.OrderRested;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.engine.event.StopTriggered;
import com.suanli.exchange.engine.event.TradeExecuted;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the engine's event stream into the trading tables, on one connection, so that the caller
 * decides the transaction (a batch of events commits together). Orders, quote sides, their state
 * changes, trades with the positions they move, session changes and settlement prices are kept; market
 * data (books, prices, bars) and refused commands are not. An event kept already is refused by the tables' keys,
 * never kept twice.
 *
 * <p>It remembers where each live order it wrote stands, so that the next event on it (rested, traded, amended,
 * cancelled) needs no read of its row back: a brand-new desk's simulation rests and fills thousands of orders in its
 * first seconds, while the window starts. An order it did not write (one of an earlier run) is read once. The
 * caller says when its transaction was rolled back ({@link #rolledBack()}): what it remembers is then dropped, so
 * that no order of a batch the tables refused is taken from memory.
 */
public final class TradingRecorder {

    private final OrderRepository orders;
    private final TradeRepository trades;
    private final SessionRepository sessions;
    private final PositionRepository positions;
    private final MarginRepository settlements;
    /** The live orders this recorder accepted or moved, as it last wrote them; an order is dropped when it ends. */
    private final Map<Long, Standing> live = new HashMap<>();

    /** Where an order stands: what its next move keeps or changes. */
    private record Standing(long orderId, OrderStatus status, long priceTicks, long openQuantity, long filledQuantity) {
    }

    public TradingRecorder(Connection connection) {
        this.orders = new OrderRepository(connection);
        this.trades = new TradeRepository(connection);
        this.sessions = new SessionRepository(connection);
        this.positions = new PositionRepository(connection);
        this.settlements = new MarginRepository(connection);
    }

    public void record(ExchangeEvent event) throws SQLException {
        if (event instanceof OrderAccepted accepted) {
            accept(new OrderRecord(accepted.orderId(), accepted.sequence(), accepted.timestamp(),
                    accepted.account(), accepted.clientOrderId(), accepted.instrumentId(), accepted.side(),
                    accepted.type(), accepted.timeInForce(), accepted.price(), accepted.quantity(),
                    accepted.displayQuantity(), accepted.stopPrice(), accepted.expireAt(), accepted.postOnly(), false,
                    OrderStatus.ACCEPTED, accepted.quantity(), 0, accepted.sequence()));
        } else if (event instanceof QuoteAccepted quote) {
            acceptQuoteSide(quote, Side.BID, quote.bidOrderId(), quote.bidPrice(), quote.bidQuantity());
            acceptQuoteSide(quote, Side.ASK, quote.askOrderId(), quote.askPrice(), quote.askQuantity());
        } else if (event instanceof OrderRested rested) {
            Standing order = order(rested.orderId());
            move(order, rested, OrderStatus.WORKING, rested.price(), order.openQuantity(), order.filledQuantity(), "RESTED");
        } else if (event instanceof StopTriggered triggered) {
            Standing order = order(triggered.orderId());
            move(order, triggered, order.status(), order.priceTicks(), order.openQuantity(), order.filledQuantity(),
                    "TRIGGERED");
        } else if (event instanceof OrderAmended amended) {
            Standing order = order(amended.orderId());
            move(order, amended, order.status(), amended.price(), amended.openQuantity(), order.filledQuantity(),
                    "AMENDED");
        } else if (event instanceof OrderCancelled cancelled) {
            Standing order = order(cancelled.orderId());
            move(order, cancelled, OrderStatus.CANCELLED, order.priceTicks(), 0, order.filledQuantity(),
                    cancelled.reason().name());
        } else if (event instanceof TradeExecuted trade) {
            recordTrade(trade);
        } else if (event instanceof SessionChanged changed) {
            sessions.add(new SessionChange(changed.sequence(), changed.timestamp(), changed.instrumentId(),
                    changed.from(), changed.to(), changed.cause()));
        } else if (event instanceof SettlementPricePublished settled) {
            settlements.save(new SettlementPrice(settled.instrumentId(), settled.businessDay(), settled.price()));
        }
    }

    private void acceptQuoteSide(QuoteAccepted quote, Side side, long orderId, long price, long quantity)
            throws SQLException {
        if (orderId == 0) {
            return;
        }
        accept(new OrderRecord(orderId, quote.sequence(), quote.timestamp(), quote.account(), 0,
                quote.instrumentId(), side, OrderType.LIMIT, TimeInForce.GTC, price, quantity, 0, 0, 0, false, true,
                OrderStatus.ACCEPTED, quantity, 0, quote.sequence()));
    }

    private void accept(OrderRecord order) throws SQLException {
        orders.accept(order);
        live.put(order.orderId(), new Standing(order.orderId(), order.status(), order.priceTicks(),
                order.openQuantity(), order.filledQuantity()));
    }

    private void recordTrade(TradeExecuted trade) throws SQLException {
        trades.add(new TradeRecord(trade.tradeId(), trade.sequence(), trade.timestamp(), trade.instrumentId(),
                trade.price(), trade.quantity(), trade.buyOrderId(), trade.buyAccount(), trade.sellOrderId(),
                trade.sellAccount(), trade.aggressor()));
        fill(order(trade.buyOrderId()), trade, trade.buyRemaining());
        fill(order(trade.sellOrderId()), trade, trade.sellRemaining());
        positions.add(trade.buyAccount(), trade.instrumentId(), trade.quantity(), trade.sequence());
        positions.add(trade.sellAccount(), trade.instrumentId(), -trade.quantity(), trade.sequence());
    }

    private void fill(Standing order, TradeExecuted trade, long remaining) throws SQLException {
        OrderStatus status = remaining == 0 ? OrderStatus.FILLED : order.status();
        move(order, trade, status, order.priceTicks(), remaining, order.filledQuantity() + trade.quantity(), "TRADED");
    }

    private void move(Standing order, ExchangeEvent event, OrderStatus status, long price, long open, long filled,
                      String reason) throws SQLException {
        orders.move(new OrderState(order.orderId(), event.sequence(), event.timestamp(), status, price, open, filled,
                reason));
        if (status.isLive()) {
            live.put(order.orderId(), new Standing(order.orderId(), status, price, open, filled));
        } else {
            live.remove(order.orderId());
        }
    }

    private Standing order(long orderId) throws SQLException {
        Standing remembered = live.get(orderId);
        if (remembered != null) {
            return remembered;
        }
        return orders.order(orderId)
                .map(row -> new Standing(row.orderId(), row.status(), row.priceTicks(), row.openQuantity(),
                        row.filledQuantity()))
                .orElseThrow(() -> new IllegalArgumentException("orderId: order " + orderId + " was never accepted here"));
    }

    /**
     * The caller's transaction was rolled back: the orders this recorder remembers may stand otherwise in the tables
     * (accepted or moved in the batch undone), so each is read from them again when its next event comes.
     */
    public void rolledBack() {
        live.clear();
    }
}
