package com.suanli.desk.ui.risk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.csv.CsvTable;
import com.suanli.data.json.JsonText;
import com.suanli.pricing.risk.PnlExplain;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.VarResult;
import java.util.ArrayList;
import java.util.List;

/** A run's results as the files a risk officer sends on: CSV (one row per scenario) and JSON (everything). */
final class ScenarioExport {

    static final CsvTable CSV = new CsvTable("set", "scenario", "pnl_cny");

    private ScenarioExport() {
    }

    static String csv(ScenarioResults results) {
        PnlVector pnl = results.pnl();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < pnl.size(); i++) {
            rows.add(List.of(results.choice().set().name(), pnl.scenarioNames().get(i), pnl.pnl(i)));
        }
        return CSV.write(rows);
    }

    static String json(ScenarioResults results) {
        ObjectNode root = JsonText.object();
        root.put("book", results.book());
        root.put("set", results.choice().set().name());
        root.put("valuationDate", results.valuationDate().toString());
        root.put("basePresentValue", results.pnl().basePresentValue());
        ObjectNode var = root.putObject("var");
        var.put("confidence", results.var().settings().confidence());
        var.put("horizonDays", results.var().settings().horizonDays());
        VarResult value = results.var().result();
        if (value == null) {
            var.put("problem", results.var().problem());
        } else {
            var.put("valueAtRisk", value.valueAtRisk());
            var.put("expectedShortfall", value.expectedShortfall());
            var.put("sampleSize", value.sampleSize());
        }
        PnlExplain explain = results.explain();
        if (explain != null) {
            root.putObject("pnlExplain").put("actual", explain.actual()).put("theta", explain.theta())
                    .put("delta", explain.delta()).put("gamma", explain.gamma()).put("vega", explain.vega())
                    .put("newTrades", explain.newTrades()).put("closedTrades", explain.closedTrades())
                    .put("unexplained", explain.unexplained());
        }
        ArrayNode scenarios = root.putArray("scenarios");
        PnlVector pnl = results.pnl();
        for (int i = 0; i < pnl.size(); i++) {
            scenarios.addObject().put("name", pnl.scenarioNames().get(i)).put("pnl", pnl.pnl(i));
        }
        return JsonText.print(root);
    }
}
