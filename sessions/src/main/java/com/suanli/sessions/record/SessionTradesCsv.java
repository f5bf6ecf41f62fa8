package com.suanli.sessions.record;

import com.suanli.data.csv.CsvRow;
import com.suanli.data.csv.CsvTable;
import com.suanli.data.csv.Lined;
import com.suanli.exchange.engine.event.Aggressor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A recorded session's trades as CSV (docs/SESSIONS.md, "Export"): one row a trade, in the order they traded. */
public final class SessionTradesCsv {

    static final CsvTable TABLE = new CsvTable("trade_id", "sequence", "time", "symbol", "instrument_id", "price",
            "quantity", "buy_account", "sell_account", "aggressor");

    private SessionTradesCsv() {
    }

    public static String write(List<SessionTrade> trades) {
        return TABLE.write(trades.stream().map(t -> List.<Object>of(t.tradeId(), t.sequence(), t.time(), t.symbol(),
                t.instrumentId(), t.price().toPlainString(), t.quantity(), t.buyAccount(), t.sellAccount(),
                t.aggressor())).toList());
    }

    /** Every trade of the file; a bad value refuses the file naming its line and column. */
    public static List<SessionTrade> read(Path file) {
        return Lined.values(TABLE.read(file, SessionTradesCsv::trade));
    }

    private static SessionTrade trade(CsvRow row) {
        long tradeId = row.longValue("trade_id");
        long sequence = row.longValue("sequence");
        LocalDateTime time = time(row);
        String symbol = row.required("symbol");
        int instrumentId = row.intValue("instrument_id");
        BigDecimal price = row.decimal("price");
        long quantity = row.longValue("quantity");
        long buyAccount = row.longValue("buy_account");
        long sellAccount = row.longValue("sell_account");
        Aggressor aggressor = row.constant("aggressor", Aggressor.class);
        return row.build(() -> new SessionTrade(tradeId, sequence, time, symbol, instrumentId, price, quantity,
                buyAccount, sellAccount, aggressor));
    }

    private static LocalDateTime time(CsvRow row) {
        String text = row.required("time");
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw row.problem("time", "must be a Shanghai time like 2027-01-04T09:01, was '" + text + "'");
        }
    }
}
