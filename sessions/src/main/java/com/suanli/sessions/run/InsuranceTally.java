package com.suanli.sessions.run;

import com.suanli.exchange.engine.event.ClaimPaid;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.PolicyWritten;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Insurance as the event stream tells it: policies written and their premiums, claims paid, per product and hub. */
final class InsuranceTally {

    private final List<String> policyHubs = new ArrayList<>();
    private final Map<String, Long> claimsByHub = new TreeMap<>();
    private long caps;
    private long premiums;
    private long claims;
    private long paid;

    void onEvent(ExchangeEvent event) {
        if (event instanceof PolicyWritten w) {
            policyHubs.add(w.productCode() + "-" + w.hub().code());
            caps += w.kind() == PolicyKind.PRICE_SPIKE_CAP ? 1 : 0;
            premiums += w.premium();
        } else if (event instanceof ClaimPaid c) {
            claims++;
            paid += c.amount();
            claimsByHub.merge(policyHubs.get((int) c.policyId() - 1), c.amount(), Long::sum);
        }
    }

    InsuranceTotals totals() {
        return new InsuranceTotals(policyHubs.size(), caps, premiums, claims, paid, claimsByHub);
    }
}
