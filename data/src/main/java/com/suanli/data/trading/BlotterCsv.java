package com.suanli.data.trading;

import com.suanli.data.csv.CsvRow;
import com.suanli.data.csv.CsvTable;
import com.suanli.data.csv.Lined;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import java.nio.file.Path;
import java.util.List;

/** The order blotter as CSV (docs/IMPORT-EXPORT.md): every order with where it stands, in the order accepted. */
public final class BlotterCsv {

    static final CsvTable TABLE = new CsvTable("order_id", "accepted_sequence", "accepted_at", "account",
            "client_order_id", "instrument_id", "side", "order_type", "time_in_force", "price_ticks", "quantity",
            "display_quantity", "stop_price_ticks", "expire_at", "post_only", "quote", "status", "open_quantity",
            "filled_quantity", "last_sequence");

    private BlotterCsv() {
    }

    public static String write(List<OrderRecord> orders) {
        return TABLE.write(orders.stream().map(o -> List.<Object>of(o.orderId(), o.acceptedSequence(), o.acceptedAt(),
                o.account(), o.clientOrderId(), o.instrumentId(), o.side(), o.type(), o.timeInForce(), o.priceTicks(),
                o.quantity(), o.displayQuantity(), o.stopPriceTicks(), o.expireAt(), o.postOnly(), o.quote(),
                o.status(), o.openQuantity(), o.filledQuantity(), o.lastSequence())).toList());
    }

    /** Reads a blotter back, for checking and for reports; orders enter the desk only through the engine. */
    public static List<Lined<OrderRecord>> read(Path file) {
        return TABLE.read(file, BlotterCsv::order);
    }

    private static OrderRecord order(CsvRow row) {
        long orderId = row.longValue("order_id");
        long acceptedSequence = row.longValue("accepted_sequence");
        long acceptedAt = row.longValue("accepted_at");
        long account = row.longValue("account");
        long clientOrderId = row.longValue("client_order_id");
        int instrumentId = row.intValue("instrument_id");
        Side side = row.constant("side", Side.class);
        OrderType type = row.constant("order_type", OrderType.class);
        TimeInForce timeInForce = row.constant("time_in_force", TimeInForce.class);
        long price = row.longValue("price_ticks");
        long quantity = row.longValue("quantity");
        long display = row.longValue("display_quantity");
        long stop = row.longValue("stop_price_ticks");
        long expireAt = row.longValue("expire_at");
        boolean postOnly = flag(row, "post_only");
        boolean quote = flag(row, "quote");
        OrderStatus status = row.constant("status", OrderStatus.class);
        long open = row.longValue("open_quantity");
        long filled = row.longValue("filled_quantity");
        long last = row.longValue("last_sequence");
        return row.build(() -> new OrderRecord(orderId, acceptedSequence, acceptedAt, account, clientOrderId,
                instrumentId, side, type, timeInForce, price, quantity, display, stop, expireAt, postOnly, quote, status,
                open, filled, last));
    }

    private static boolean flag(CsvRow row, String column) {
        String text = row.required(column);
        if (!text.equals("true") && !text.equals("false")) {
            throw row.problem(column, "must be true or false, was '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }
}
