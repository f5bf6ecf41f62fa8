package com.suanli.data.clearing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonText;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.statement.AccountStatement;
import com.suanli.exchange.statement.PositionLine;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An account statement as JSON (docs/CLEARING-MONTH.md): every amount twice, exact in fen and as a
 * CNY decimal for people, so a reader can reconcile in integers and read in yuan.
 */
public final class StatementJson {

    private static final String FORMAT = "suanli-statement/1";

    private StatementJson() {
    }

    public static String write(AccountStatement statement) {
        ObjectNode root = JsonText.object();
        root.put("format", FORMAT);
        root.put("account", statement.account());
        root.put("firm", statement.firmId());
        root.put("kind", statement.kind().name());
        root.put("businessDay", statement.businessDay().toString());
        money(root, "openingCash", statement.openingCash());
        ObjectNode movements = root.putObject("movements");
        for (Map.Entry<CashReason, Long> movement : statement.movements().entrySet()) {
            money(movements, movement.getKey().name(), movement.getValue());
        }
        money(root, "closingCash", statement.closingCash());
        money(root, "feesPaid", statement.feesPaid());
        ObjectNode margin = root.putObject("margin");
        money(margin, "initialRequired", statement.initialMargin());
        money(margin, "maintenanceRequired", statement.maintenanceMargin());
        money(margin, "held", statement.closingCash());
        money(margin, "excess", statement.excessMargin());
        money(root, "realisedPnl", statement.realisedPnl());
        money(root, "unrealisedPnl", statement.unrealisedPnl());
        ArrayNode positions = root.putArray("positions");
        for (PositionLine line : statement.positions()) {
            ObjectNode position = positions.addObject();
            position.put("instrumentId", line.instrumentId());
            position.put("symbol", line.symbol());
            position.put("netLots", line.netLots());
            position.put("averagePriceTicks", line.averagePrice());
            position.put("settlementPriceTicks", line.settlementPrice());
            money(position, "realisedPnl", line.realisedPnl());
            money(position, "unrealisedPnl", line.unrealisedPnl());
        }
        root.put("reconciles", statement.reconciles());
        return JsonText.print(root);
    }

    /** {@code name} as {"fen": n, "cny": "n.nn"}. */
    static void money(ObjectNode parent, String name, long fen) {
        ObjectNode amount = parent.putObject(name);
        amount.put("fen", fen);
        amount.put("cny", BigDecimal.valueOf(fen, 2).toPlainString());
    }
}
