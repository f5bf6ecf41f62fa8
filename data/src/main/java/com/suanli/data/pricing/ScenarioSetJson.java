package com.suanli.data.pricing;

import com.suanli.data.json.JsonInput;
import com.suanli.data.json.JsonText;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.pricing.risk.CurveSelection;
import com.suanli.pricing.risk.Scenario;
import com.suanli.pricing.risk.ScenarioSet;
import com.suanli.pricing.risk.ShiftKind;
import com.suanli.pricing.risk.Shock;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Named scenario sets as JSON (format: docs/SCENARIOS.md). */
public final class ScenarioSetJson {

    private static final Set<String> SET_FIELDS = Set.of("name", "scenarios");
    private static final Set<String> SCENARIO_FIELDS = Set.of("name", "shocks");
    private static final Set<String> WHERE_FIELDS = Set.of("product", "hub", "green", "month");

    private ScenarioSetJson() {
    }

    public static ScenarioSet read(String json) {
        return readSet(JsonInput.parse(json));
    }

    /** Reads a set file; every refusal names the file. */
    public static ScenarioSet read(Path file) {
        return readSet(JsonInput.parse(file, JsonInput.Refusal.AT_FIRST_PROBLEM));
    }

    public static String write(ScenarioSet set) {
        return JsonText.print(toJson(set));
    }

    public static void write(ScenarioSet set, Path file) {
        JsonText.write(write(set), file);
    }

    static ScenarioSet readSet(JsonInput in) {
        in.allowOnly(SET_FIELDS);
        String name = in.get("name").text();
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonInput scenario : in.get("scenarios").elements()) {
            scenarios.add(readScenario(scenario));
        }
        return in.build(() -> new ScenarioSet(name, scenarios));
    }

    static Scenario readScenario(JsonInput in) {
        in.allowOnly(SCENARIO_FIELDS);
        String name = in.get("name").text();
        List<Shock> shocks = new ArrayList<>();
        for (JsonInput shock : in.get("shocks").elements()) {
            shocks.add(readShock(shock));
        }
        return in.build(() -> new Scenario(name, shocks));
    }

    static Shock readShock(JsonInput in) {
        String type = in.get("type").text();
        if ("curveShift".equals(type)) {
            in.allowOnly(Set.of("type", "where", "kind", "amount"));
            CurveSelection where = where(in);
            ShiftKind kind = in.get("kind").choice(ShiftKind.class);
            double amount = in.get("amount").number();
            return in.build(() -> new Shock.CurveShift(where, kind, amount));
        }
        if ("curveTilt".equals(type)) {
            in.allowOnly(Set.of("type", "where", "kind", "amountPerYear"));
            CurveSelection where = where(in);
            ShiftKind kind = in.get("kind").choice(ShiftKind.class);
            double amount = in.get("amountPerYear").number();
            return in.build(() -> new Shock.CurveTilt(where, kind, amount));
        }
        if ("hubSpread".equals(type)) {
            in.allowOnly(Set.of("type", "product", "eastHubs", "westHubs", "kind", "amount"));
            String product = in.has("product") ? in.get("product").text() : null;
            List<String> east = in.has("eastHubs") ? texts(in.get("eastHubs")) : Shock.HubSpreadShift.EAST_HUBS;
            List<String> west = in.has("westHubs") ? texts(in.get("westHubs")) : Shock.HubSpreadShift.WEST_HUBS;
            ShiftKind kind = in.get("kind").choice(ShiftKind.class);
            double amount = in.get("amount").number();
            return in.build(() -> new Shock.HubSpreadShift(product, east, west, kind, amount));
        }
        if ("volShift".equals(type)) {
            in.allowOnly(Set.of("type", "where", "kind", "amount"));
            CurveSelection where = where(in);
            ShiftKind kind = in.get("kind").choice(ShiftKind.class);
            double amount = in.get("amount").number();
            return in.build(() -> new Shock.VolShift(where, kind, amount));
        }
        if ("carbonPrice".equals(type)) {
            in.allowOnly(Set.of("type", "kind", "amount"));
            ShiftKind kind = in.get("kind").choice(ShiftKind.class);
            double amount = in.get("amount").number();
            return in.build(() -> new Shock.CarbonPriceShift(kind, amount));
        }
        if ("outageRate".equals(type)) {
            in.allowOnly(Set.of("type", "hub", "kind", "amount"));
            String hub = in.has("hub") ? in.get("hub").text() : null;
            ShiftKind kind = in.get("kind").choice(ShiftKind.class);
            double amount = in.get("amount").number();
            return in.build(() -> new Shock.OutageRateShift(hub, kind, amount));
        }
        if ("fx".equals(type)) {
            in.allowOnly(Set.of("type", "currency", "kind", "amount"));
            String currency = in.get("currency").text();
            ShiftKind kind = in.get("kind").choice(ShiftKind.class);
            double amount = in.get("amount").number();
            return in.build(() -> new Shock.FxShift(currency, kind, amount));
        }
        String types = "curveShift, curveTilt, hubSpread, volShift, carbonPrice, outageRate, fx";
        throw in.get("type").fail("json.must-be-one-of", "must be one of [" + types + "], was '" + type + "'", types,
                type);
    }

    /** A curve selection ({@code where}); absent means every curve and month. */
    static CurveSelection where(JsonInput shock) {
        if (!shock.has("where")) {
            return CurveSelection.ALL;
        }
        return selection(shock.get("where"));
    }

    /** A curve selection object: product, hub, green, month, each optional. */
    static CurveSelection selection(JsonInput in) {
        in.allowOnly(WHERE_FIELDS);
        String product = in.has("product") ? in.get("product").text() : null;
        String hub = in.has("hub") ? in.get("hub").text() : null;
        Boolean green = in.has("green") ? in.get("green").bool() : null;
        YearMonth month = in.has("month") ? in.get("month").month() : null;
        return in.build(() -> new CurveSelection(product, hub, green, month));
    }

    static List<String> texts(JsonInput in) {
        List<String> texts = new ArrayList<>();
        for (JsonInput element : in.elements()) {
            texts.add(element.text());
        }
        return texts;
    }

    static ObjectNode toJson(ScenarioSet set) {
        ObjectNode root = JsonText.object();
        root.put("name", set.name());
        ArrayNode scenarios = root.putArray("scenarios");
        for (Scenario scenario : set.scenarios()) {
            ObjectNode node = scenarios.addObject();
            node.put("name", scenario.name());
            ArrayNode shocks = node.putArray("shocks");
            scenario.shocks().forEach(shock -> writeShock(shock, shocks.addObject()));
        }
        return root;
    }

    static void writeShock(Shock shock, ObjectNode node) {
        if (shock instanceof Shock.CurveShift s) {
            node.put("type", "curveShift");
            writeWhere(s.where(), node);
            writeAmount(node, s.kind(), "amount", s.amount());
        } else if (shock instanceof Shock.CurveTilt t) {
            node.put("type", "curveTilt");
            writeWhere(t.where(), node);
            writeAmount(node, t.kind(), "amountPerYear", t.amountPerYear());
        } else if (shock instanceof Shock.HubSpreadShift h) {
            node.put("type", "hubSpread");
            if (h.product() != null) {
                node.put("product", h.product());
            }
            h.eastHubs().forEach(node.putArray("eastHubs")::add);
            h.westHubs().forEach(node.putArray("westHubs")::add);
            writeAmount(node, h.kind(), "amount", h.amount());
        } else if (shock instanceof Shock.VolShift v) {
            node.put("type", "volShift");
            writeWhere(v.where(), node);
            writeAmount(node, v.kind(), "amount", v.amount());
        } else if (shock instanceof Shock.CarbonPriceShift c) {
            node.put("type", "carbonPrice");
            writeAmount(node, c.kind(), "amount", c.amount());
        } else if (shock instanceof Shock.OutageRateShift o) {
            node.put("type", "outageRate");
            if (o.hub() != null) {
                node.put("hub", o.hub());
            }
            writeAmount(node, o.kind(), "amount", o.amount());
        } else if (shock instanceof Shock.FxShift f) {
            node.put("type", "fx");
            node.put("currency", f.currency());
            writeAmount(node, f.kind(), "amount", f.amount());
        }
    }

    private static void writeAmount(ObjectNode node, ShiftKind kind, String field, double amount) {
        node.put("kind", JsonText.camel(kind));
        node.put(field, amount);
    }

    static void writeWhere(CurveSelection where, ObjectNode node) {
        if (where.equals(CurveSelection.ALL)) {
            return;
        }
        ObjectNode selection = node.putObject("where");
        if (where.product() != null) {
            selection.put("product", where.product());
        }
        if (where.hub() != null) {
            selection.put("hub", where.hub());
        }
        if (where.green() != null) {
            selection.put("green", where.green());
        }
        if (where.month() != null) {
            selection.put("month", where.month().toString());
        }
    }
}
