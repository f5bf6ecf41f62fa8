package com.suanli.sessions.report;

import com.suanli.sessions.report.SessionReport.ContractReport;
import com.suanli.sessions.report.SessionReport.DailyVolume;
import com.suanli.sessions.report.SessionReport.DeliveryReport;
import com.suanli.sessions.report.SessionReport.Fixing;
import com.suanli.sessions.report.SessionReport.IndexReport;
import com.suanli.sessions.report.SessionReport.InsuranceLine;
import com.suanli.sessions.report.SessionReport.InsuranceReport;
import com.suanli.sessions.report.SessionReport.PathPoint;
import com.suanli.sessions.report.SessionReport.Pnl;
import com.suanli.sessions.report.SessionReport.PnlReport;
import com.suanli.sessions.report.SessionReport.PricePath;
import com.suanli.sessions.report.SessionReport.Totals;
import com.suanli.sessions.report.SessionReport.UserPnl;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads back a report {@link SessionReportJson} wrote ({@code suanli-session-report/1}): a recorded
 * session's report for the workstation's charts, and an exported one. A field missing or of the wrong
 * kind is refused at its JSON path.
 */
public final class SessionReportReader {

    private SessionReportReader() {
    }

    /** @param source the file or record named in a refusal */
    public static SessionReport read(String json, String source) {
        ExactJson root = ExactJson.parse(json, source);
        if (!SessionReport.FORMAT.equals(root.get("format").text())) {
            throw root.get("format").fail("must be " + SessionReport.FORMAT);
        }
        ExactJson t = root.get("totals");
        Totals totals = new Totals(t.get("commands").longValue(), t.get("events").longValue(),
                t.get("trades").longValue(), t.get("refused").longValue(), t.get("outages").longValue(),
                t.get("marginCalls").longValue(), t.get("defaults").longValue(), t.get("eventStreamHash").text());
        return new SessionReport(root.get("name").text(), root.get("seed").longValue(), root.get("days").intValue(),
                totals, list(root.get("contracts"), SessionReportReader::contract),
                list(root.get("indices"), i -> new IndexReport(i.get("product").text(), i.get("hub").text(),
                        list(i.get("fixings"), SessionReportReader::fixing))),
                list(root.get("paths"), SessionReportReader::path),
                list(root.get("dailyVolume"), SessionReportReader::dailyVolume), pnl(root.get("pnl")),
                deliveries(root.get("deliveries")), insurance(root.get("insurance")));
    }

    private static ContractReport contract(ExactJson c) {
        return new ContractReport(c.get("symbol").text(), c.get("product").text(), c.get("hub").text(),
                c.get("kind").text(), c.get("green").bool(), c.get("volumeLots").longValue(), c.get("trades").longValue(),
                c.get("meanSpreadBps").number(), c.get("meanPriceMinusFairBps").number(),
                c.get("meanAbsPriceMinusFairBps").number(), list(c.get("settlements"), SessionReportReader::fixing),
                c.has("finalPrice") ? Optional.of(fixing(c.get("finalPrice"))) : Optional.empty());
    }

    private static Fixing fixing(ExactJson f) {
        return new Fixing(f.get("day").date(), f.get("price").decimal(), f.get("method").text());
    }

    private static PricePath path(ExactJson p) {
        return new PricePath(p.get("symbol").text(), p.get("product").text(), p.get("hub").text(), p.get("kind").text(),
                p.get("green").bool(), list(p.get("points"), point -> new PathPoint(point.get("time").time(),
                        point.has("price") ? Optional.of(point.get("price").decimal()) : Optional.empty(),
                        point.get("fair").decimal())));
    }

    private static DailyVolume dailyVolume(ExactJson d) {
        Map<String, Long> lots = new TreeMap<>();
        d.get("lots").fields().forEach((product, value) -> lots.put(product, value.longValue()));
        return new DailyVolume(d.get("day").date(), lots);
    }

    private static PnlReport pnl(ExactJson p) {
        Optional<UserPnl> user = p.has("user")
                ? Optional.of(new UserPnl(p.get("user").get("account").longValue(), pnlFields(p.get("user").get("pnl"))))
                : Optional.empty();
        return new PnlReport(list(p.get("byAgentType"), SessionReportReader::pnlFields), user,
                p.get("exchangeFees").decimal());
    }

    private static Pnl pnlFields(ExactJson p) {
        return new Pnl(p.get("type").text(), p.get("accounts").intValue(), p.get("trading").decimal(),
                p.get("fees").decimal(), p.get("penalties").decimal(), p.get("total").decimal(),
                p.get("marginCalls").longValue(), p.get("defaults").longValue());
    }

    private static DeliveryReport deliveries(ExactJson d) {
        return new DeliveryReport(d.get("obligations").longValue(), d.get("units").longValue(),
                d.get("deliveredUnits").longValue(), d.get("failedUnits").longValue(), d.get("payments").decimal(),
                d.get("penalties").decimal());
    }

    private static InsuranceReport insurance(ExactJson i) {
        return new InsuranceReport(i.get("policies").longValue(), i.get("premiums").decimal(), i.get("claims").longValue(),
                i.get("claimsPaid").decimal(), i.get("lossRatio").decimal(), list(i.get("byHubAndCover"),
                        line -> new InsuranceLine(line.get("product").text(), line.get("hub").text(),
                                line.get("cover").text(), line.get("policies").longValue(), line.get("premiums").decimal(),
                                line.get("claims").longValue(), line.get("claimsPaid").decimal(),
                                line.get("lossRatio").decimal())));
    }

    private static <T> List<T> list(ExactJson array, Function<ExactJson, T> element) {
        return array.elements().stream().map(element).toList();
    }
}
