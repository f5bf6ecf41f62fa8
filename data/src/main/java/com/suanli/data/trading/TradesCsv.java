package com.suanli.data.trading;

import com.suanli.data.csv.CsvRow;
import com.suanli.data.csv.CsvTable;
import com.suanli.data.csv.Lined;
import com.suanli.exchange.engine.event.Aggressor;
import java.nio.file.Path;
import java.util.List;

/** Trades as CSV (docs/IMPORT-EXPORT.md): one row per trade, the engine's ids, ticks, lots and epoch milliseconds. */
public final class TradesCsv {

    static final CsvTable TABLE = new CsvTable("trade_id", "sequence", "executed_at", "instrument_id", "price_ticks",
            "quantity", "buy_order_id", "buy_account", "sell_order_id", "sell_account", "aggressor");

    private TradesCsv() {
    }

    public static String write(List<TradeRecord> trades) {
        return TABLE.write(trades.stream().map(trade -> List.<Object>of(trade.tradeId(), trade.sequence(),
                trade.executedAt(), trade.instrumentId(), trade.priceTicks(), trade.quantity(), trade.buyOrderId(),
                trade.buyAccount(), trade.sellOrderId(), trade.sellAccount(), trade.aggressor())).toList());
    }

    /** Every trade of the file; a bad value refuses the file naming its line and column. */
    public static List<Lined<TradeRecord>> read(Path file) {
        return TABLE.read(file, TradesCsv::trade);
    }

    private static TradeRecord trade(CsvRow row) {
        long tradeId = row.longValue("trade_id");
        long sequence = row.longValue("sequence");
        long executedAt = row.longValue("executed_at");
        int instrumentId = row.intValue("instrument_id");
        long price = row.longValue("price_ticks");
        long quantity = row.longValue("quantity");
        long buyOrder = row.longValue("buy_order_id");
        long buyAccount = row.longValue("buy_account");
        long sellOrder = row.longValue("sell_order_id");
        long sellAccount = row.longValue("sell_account");
        Aggressor aggressor = row.constant("aggressor", Aggressor.class);
        return row.build(() -> new TradeRecord(tradeId, sequence, executedAt, instrumentId, price, quantity, buyOrder,
                buyAccount, sellOrder, sellAccount, aggressor));
    }
}
