package com.suanli.data.clearing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonText;
import java.time.LocalDate;

/** The totals of a clearing month as JSON (docs/CLEARING-MONTH.md): what every statement together must add up to. */
public final class MonthTotalsJson {

    private MonthTotalsJson() {
    }

    public static String write(long seed, LocalDate lastDay, long netDeposits, long cashInside, int settlements,
                               long trades, long refusals, long eventStreamHash) {
        ObjectNode root = JsonText.object();
        root.put("format", "suanli-clearing-month/1");
        root.put("seed", seed);
        root.put("lastBusinessDay", lastDay.toString());
        StatementJson.money(root, "netDeposits", netDeposits);
        StatementJson.money(root, "cashInside", cashInside);
        root.put("settlementPrices", settlements);
        root.put("trades", trades);
        root.put("refusals", refusals);
        root.put("eventStreamHash", String.format("%016x", eventStreamHash));
        return JsonText.print(root);
    }
}
