package com.suanli.sessions.report;

import com.suanli.exchange.engine.event.ClaimPaid;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.PolicyWritten;
import com.suanli.sessions.report.SessionReport.InsuranceLine;
import com.suanli.sessions.report.SessionReport.InsuranceReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The insurance written and claimed in a session, by product, hub and cover, from the event stream:
 * a policy's premium is booked where it was written, a claim where its policy was (a claim names only
 * its policy, so the policies are remembered by id).
 */
final class InsuranceBook {

    private final Map<Long, String> lineOfPolicy = new HashMap<>();
    private final Map<String, Line> lines = new TreeMap<>();

    void onEvent(ExchangeEvent event) {
        if (event instanceof PolicyWritten w) {
            String key = w.productCode() + "\t" + w.hub().code() + "\t" + w.kind().name();
            lineOfPolicy.put(w.policyId(), key);
            Line line = lines.computeIfAbsent(key, k -> new Line());
            line.policies++;
            line.premiumsFen += w.premium();
        } else if (event instanceof ClaimPaid c) {
            Line line = lines.get(lineOfPolicy.get(c.policyId()));
            line.claims++;
            line.claimsFen += c.amount();
        }
    }

    InsuranceReport report() {
        List<InsuranceLine> byHubAndCover = new ArrayList<>();
        Line all = new Line();
        lines.forEach((key, line) -> {
            String[] parts = key.split("\t");
            byHubAndCover.add(new InsuranceLine(parts[0], parts[1], parts[2], line.policies, cny(line.premiumsFen),
                    line.claims, cny(line.claimsFen), line.lossRatio()));
            all.policies += line.policies;
            all.premiumsFen += line.premiumsFen;
            all.claims += line.claims;
            all.claimsFen += line.claimsFen;
        });
        return new InsuranceReport(all.policies, cny(all.premiumsFen), all.claims, cny(all.claimsFen), all.lossRatio(),
                byHubAndCover);
    }

    private static BigDecimal cny(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private static final class Line {
        long policies;
        long premiumsFen;
        long claims;
        long claimsFen;

        /** Claims paid over premiums, four places, as the summary prints it; 0 when nothing was sold. */
        BigDecimal lossRatio() {
            return premiumsFen == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(claimsFen).divide(BigDecimal.valueOf(premiumsFen), 4, RoundingMode.HALF_EVEN);
        }
    }
}
