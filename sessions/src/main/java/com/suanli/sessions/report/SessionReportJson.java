package com.suanli.sessions.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.suanli.sessions.report.SessionReport.ContractReport;
import com.suanli.sessions.report.SessionReport.DailyVolume;
import com.suanli.sessions.report.SessionReport.Fixing;
import com.suanli.sessions.report.SessionReport.IndexReport;
import com.suanli.sessions.report.SessionReport.PathPoint;
import com.suanli.sessions.report.SessionReport.Pnl;
import com.suanli.sessions.report.SessionReport.PricePath;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a session report as JSON, {@code "format": "suanli-session-report/1"} (the schema is in
 * docs/SESSIONS.md, an example in docs/examples/session-report.json). Fields in a fixed order,
 * prices and money as decimal numbers in CNY, days as ISO dates, times as Shanghai local times.
 */
public final class SessionReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SessionReportJson() {
    }

    public static void write(SessionReport report, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            try (JsonGenerator json = FACTORY.createGenerator(out)) {
                write(report, json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the session report to " + file + ": " + e.getMessage(), e);
        }
    }

    public static String text(SessionReport report) {
        Writer text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            write(report, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(SessionReport report, JsonGenerator json) throws IOException {
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartObject();
        json.writeStringField("format", SessionReport.FORMAT);
        json.writeStringField("name", report.name());
        json.writeNumberField("seed", report.seed());
        json.writeNumberField("days", report.days());
        totals(report.totals(), json);
        json.writeArrayFieldStart("contracts");
        for (ContractReport c : report.contracts()) {
            contract(c, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("indices");
        for (IndexReport index : report.indices()) {
            json.writeStartObject();
            json.writeStringField("product", index.product());
            json.writeStringField("hub", index.hub());
            fixings("fixings", index.fixings(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("dailyVolume");
        for (DailyVolume day : report.dailyVolume()) {
            json.writeStartObject();
            json.writeStringField("day", day.day().toString());
            json.writeObjectFieldStart("lots");
            for (Map.Entry<String, Long> lots : new TreeMap<>(day.lotsByProduct()).entrySet()) {
                json.writeNumberField(lots.getKey(), lots.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        pnl(report, json);
        deliveries(report.deliveries(), json);
        insurance(report.insurance(), json);
        json.writeArrayFieldStart("paths");
        for (PricePath path : report.paths()) {
            path(path, json);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void totals(SessionReport.Totals totals, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("totals");
        json.writeNumberField("commands", totals.commands());
        json.writeNumberField("events", totals.events());
        json.writeNumberField("trades", totals.trades());
        json.writeNumberField("refused", totals.refused());
        json.writeNumberField("outages", totals.outages());
        json.writeNumberField("marginCalls", totals.marginCalls());
        json.writeNumberField("defaults", totals.defaults());
        json.writeStringField("eventStreamHash", totals.eventStreamHash());
        json.writeEndObject();
    }

    private static void contract(ContractReport c, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("symbol", c.symbol());
        json.writeStringField("product", c.product());
        json.writeStringField("hub", c.hub());
        json.writeStringField("kind", c.kind());
        json.writeBooleanField("green", c.green());
        json.writeNumberField("volumeLots", c.volumeLots());
        json.writeNumberField("trades", c.trades());
        json.writeNumberField("meanSpreadBps", round(c.meanSpreadBps()));
        json.writeNumberField("meanPriceMinusFairBps", round(c.meanPriceMinusFairBps()));
        json.writeNumberField("meanAbsPriceMinusFairBps", round(c.meanAbsPriceMinusFairBps()));
        fixings("settlements", c.settlements(), json);
        if (c.finalPrice().isPresent()) {
            json.writeFieldName("finalPrice");
            fixing(c.finalPrice().get(), json);
        }
        json.writeEndObject();
    }

    private static void fixings(String field, Iterable<Fixing> fixings, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (Fixing fixing : fixings) {
            fixing(fixing, json);
        }
        json.writeEndArray();
    }

    private static void fixing(Fixing fixing, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("day", fixing.day().toString());
        json.writeNumberField("price", fixing.price());
        json.writeStringField("method", fixing.method());
        json.writeEndObject();
    }

    private static void pnl(SessionReport report, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("pnl");
        json.writeArrayFieldStart("byAgentType");
        for (Pnl pnl : report.pnl().byAgentType()) {
            pnlFields(pnl, json);
        }
        json.writeEndArray();
        if (report.pnl().user().isPresent()) {
            json.writeFieldName("user");
            json.writeStartObject();
            json.writeNumberField("account", report.pnl().user().get().account());
            json.writeFieldName("pnl");
            pnlFields(report.pnl().user().get().pnl(), json);
            json.writeEndObject();
        }
        json.writeNumberField("exchangeFees", report.pnl().exchangeFees());
        json.writeEndObject();
    }

    private static void pnlFields(Pnl pnl, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", pnl.type());
        json.writeNumberField("accounts", pnl.accounts());
        json.writeNumberField("trading", pnl.trading());
        json.writeNumberField("fees", pnl.fees());
        json.writeNumberField("penalties", pnl.penalties());
        json.writeNumberField("total", pnl.total());
        json.writeNumberField("marginCalls", pnl.marginCalls());
        json.writeNumberField("defaults", pnl.defaults());
        json.writeEndObject();
    }

    private static void deliveries(SessionReport.DeliveryReport d, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("deliveries");
        json.writeNumberField("obligations", d.obligations());
        json.writeNumberField("units", d.units());
        json.writeNumberField("deliveredUnits", d.deliveredUnits());
        json.writeNumberField("failedUnits", d.failedUnits());
        json.writeNumberField("payments", d.payments());
        json.writeNumberField("penalties", d.penalties());
        json.writeEndObject();
    }

    private static void insurance(SessionReport.InsuranceReport insurance, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("insurance");
        json.writeNumberField("policies", insurance.policies());
        json.writeNumberField("premiums", insurance.premiums());
        json.writeNumberField("claims", insurance.claims());
        json.writeNumberField("claimsPaid", insurance.claimsPaid());
        json.writeNumberField("lossRatio", insurance.lossRatio());
        json.writeArrayFieldStart("byHubAndCover");
        for (SessionReport.InsuranceLine line : insurance.byHubAndCover()) {
            json.writeStartObject();
            json.writeStringField("product", line.product());
            json.writeStringField("hub", line.hub());
            json.writeStringField("cover", line.cover());
            json.writeNumberField("policies", line.policies());
            json.writeNumberField("premiums", line.premiums());
            json.writeNumberField("claims", line.claims());
            json.writeNumberField("claimsPaid", line.claimsPaid());
            json.writeNumberField("lossRatio", line.lossRatio());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void path(PricePath path, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("symbol", path.symbol());
        json.writeStringField("product", path.product());
        json.writeStringField("hub", path.hub());
        json.writeStringField("kind", path.kind());
        json.writeBooleanField("green", path.green());
        json.writeArrayFieldStart("points");
        for (PathPoint point : path.points()) {
            json.writeStartObject();
            json.writeStringField("time", point.time().toString());
            if (point.price().isPresent()) {
                json.writeNumberField("price", point.price().get());
            }
            json.writeNumberField("fair", point.fair());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }
}
