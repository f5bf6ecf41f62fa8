package com.suanli.desk.ui.calculator;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.event.ClaimPaid;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.PolicyExpired;
import com.suanli.exchange.engine.event.PolicyWritten;
import com.suanli.exchange.insurance.Policy;
import com.suanli.exchange.insurance.PolicyTerms;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The signed-in user's insurance policies, newest first: those the exchange held when the desk began listening,
 * then every one written, paid or expired since, from its events. The agents' policies and other members' are
 * not the user's and are left out. FX thread.
 */
public final class PolicyBook {

    private final TreeMap<Long, PolicyRow> byId = new TreeMap<>(Comparator.reverseOrder());
    private final ObservableList<PolicyRow> rows = FXCollections.observableArrayList();
    private Set<Long> accounts = Set.of();

    /** The user signed in trades {@code granted}: their policies are the ones shown. */
    public void accountsOf(Collection<Long> granted) {
        accounts = Set.copyOf(granted);
        byId.values().removeIf(row -> !accounts.contains(row.holderAccount()));
        show();
    }

    /** The policies the exchange holds now; an event already heard about one is newer and kept. */
    public void seed(List<Policy> policies) {
        for (Policy policy : policies) {
            PolicyTerms t = policy.terms();
            if (accounts.contains(t.holderAccount())) {
                byId.putIfAbsent(policy.policyId(), new PolicyRow(policy.policyId(), t.holderAccount(), t.kind(),
                        t.productCode(), t.hub(), t.firstDay(), t.lastDay(), t.units(), t.trigger(), t.limit(),
                        t.premium(), policy.paid(), policy.live()));
            }
        }
        show();
    }

    /** Folds a batch of the exchange's events. */
    public void apply(List<ExchangeEvent> batch) {
        boolean changed = false;
        for (ExchangeEvent event : batch) {
            if (event instanceof PolicyWritten w && accounts.contains(w.holderAccount())) {
                byId.put(w.policyId(), new PolicyRow(w.policyId(), w.holderAccount(), w.kind(), w.productCode(), w.hub(),
                        w.firstDay(), w.lastDay(), w.units(), w.trigger(), w.limit(), w.premium(), 0, true));
                changed = true;
            } else if (event instanceof ClaimPaid c) {
                changed |= byId.computeIfPresent(c.policyId(), (id, row) -> row.paid(c.paidToDate())) != null;
            } else if (event instanceof PolicyExpired e) {
                changed |= byId.computeIfPresent(e.policyId(), (id, row) -> row.expired(e.paid())) != null;
            }
        }
        if (changed) {
            show();
        }
    }

    /** What {@link #seed} takes, asked on the engine's thread: every policy, none on an engine without clearing. */
    public static List<Policy> held(Engine engine) {
        return engine.clears() ? engine.policies() : List.of();
    }

    public ObservableList<PolicyRow> rows() {
        return rows;
    }

    private void show() {
        rows.setAll(byId.values());
    }
}
