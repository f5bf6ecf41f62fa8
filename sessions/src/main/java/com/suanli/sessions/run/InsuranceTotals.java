package com.suanli.sessions.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The insurance a session sold: policies written ({@code caps} of them price-spike caps), the
 * premiums paid for them, the claims paid and their total (fen), and the claims paid per product
 * and hub.
 */
public record InsuranceTotals(long policies, long caps, long premiumsFen, long claims, long claimsFen,
                              Map<String, Long> claimsFenByHub) {

    public static final InsuranceTotals NONE = new InsuranceTotals(0, 0, 0, 0, 0, Map.of());

    public InsuranceTotals {
        claimsFenByHub = Map.copyOf(claimsFenByHub);
    }

    /** Claims paid over premiums earned; 0 when nothing was sold. */
    public BigDecimal lossRatio() {
        return premiumsFen == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(claimsFen).divide(BigDecimal.valueOf(premiumsFen), 4, RoundingMode.HALF_EVEN);
    }

    /** The summary's insurance lines; none when nothing was sold. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (policies > 0) {
            lines.add(String.format("insurance policies %d (caps %d), premiums %s CNY, claims %d paid %s CNY, "
                    + "loss ratio %s", policies, caps, cny(premiumsFen), claims, cny(claimsFen), lossRatio()));
            claimsFenByHub.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> lines.add("claims " + e.getKey() + " " + cny(e.getValue()) + " CNY"));
        }
        return lines;
    }

    private static String cny(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
