package com.suanli.data.trading;

import com.suanli.data.store.Sql;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Orders and their state history, on one connection. */
public final class OrderRepository {

    private final Connection connection;

    public OrderRepository(Connection connection) {
        this.connection = connection;
    }

    /** Keeps a newly accepted order, with its first state. */
    public void accept(OrderRecord order) throws SQLException {
        Sql.update(connection, "INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                order.orderId(), order.acceptedSequence(), order.acceptedAt(), order.account(), order.clientOrderId(),
                order.instrumentId(), order.side(), order.type(), order.timeInForce(), order.priceTicks(),
                order.quantity(), order.displayQuantity(), order.stopPriceTicks(), order.expireAt(), order.postOnly(),
                order.quote(), order.status(), order.openQuantity(), order.filledQuantity(), order.lastSequence());
        insertState(new OrderState(order.orderId(), order.acceptedSequence(), order.acceptedAt(), order.status(),
                order.priceTicks(), order.openQuantity(), order.filledQuantity(), "ACCEPTED"));
    }

    /**
     * Moves an order to {@code state}, keeping the step in its history.
     * @throws IllegalArgumentException when the order is not kept here
     */
    public void move(OrderState state) throws SQLException {
        int moved = Sql.update(connection, "UPDATE orders SET status = ?, price_ticks = ?, open_quantity = ?,"
                        + " filled_quantity = ?, last_sequence = ? WHERE order_id = ?", state.status(),
                state.priceTicks(), state.openQuantity(), state.filledQuantity(), state.sequence(), state.orderId());
        if (moved == 0) {
            throw new IllegalArgumentException("orderId: order " + state.orderId() + " was never accepted here");
        }
        insertState(state);
    }

    private void insertState(OrderState state) throws SQLException {
        Sql.update(connection, "INSERT INTO order_states VALUES (?, ?, ?, ?, ?, ?, ?, ?)", state.orderId(),
                state.sequence(), state.at(), state.status(), state.priceTicks(), state.openQuantity(),
                state.filledQuantity(), state.reason());
    }

    public Optional<OrderRecord> order(long orderId) throws SQLException {
        return Sql.one(connection, "SELECT * FROM orders WHERE order_id = ?", OrderRepository::order, orderId);
    }

    /** The order's states, oldest first. */
    public List<OrderState> history(long orderId) throws SQLException {
        return Sql.list(connection, "SELECT * FROM order_states WHERE order_id = ? ORDER BY sequence",
                OrderRepository::state, orderId);
    }

    /** Every order in the order the engine accepted them: the blotter. */
    public List<OrderRecord> orders() throws SQLException {
        return Sql.list(connection, "SELECT * FROM orders ORDER BY accepted_sequence", OrderRepository::order);
    }

    /** The account's orders that can still trade, oldest first. */
    public List<OrderRecord> working(long account) throws SQLException {
        return Sql.list(connection, "SELECT * FROM orders WHERE account_id = ? AND status IN ('ACCEPTED', 'WORKING')"
                + " ORDER BY accepted_sequence", OrderRepository::order, account);
    }

    private static OrderRecord order(ResultSet row) throws SQLException {
        return new OrderRecord(row.getLong("order_id"), row.getLong("accepted_sequence"), row.getLong("accepted_at"),
                row.getLong("account_id"), row.getLong("client_order_id"), row.getInt("instrument_id"),
                Sql.constant(row, "side", Side.class), Sql.constant(row, "order_type", OrderType.class),
                Sql.constant(row, "time_in_force", TimeInForce.class), row.getLong("price_ticks"),
                row.getLong("quantity"), row.getLong("display_quantity"), row.getLong("stop_price_ticks"),
                row.getLong("expire_at"), row.getBoolean("post_only"), row.getBoolean("quote"),
                Sql.constant(row, "status", OrderStatus.class), row.getLong("open_quantity"),
                row.getLong("filled_quantity"), row.getLong("last_sequence"));
    }

    private static OrderState state(ResultSet row) throws SQLException {
        return new OrderState(row.getLong("order_id"), row.getLong("sequence"), row.getLong("at"),
                Sql.constant(row, "status", OrderStatus.class), row.getLong("price_ticks"), row.getLong("open_quantity"),
                row.getLong("filled_quantity"), row.getString("reason"));
    }
}
