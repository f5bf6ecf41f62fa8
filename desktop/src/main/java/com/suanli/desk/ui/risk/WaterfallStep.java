package com.suanli.desk.ui.risk;

import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.risk.PnlExplain;
import java.util.ArrayList;
import java.util.List;

/**
 * One bar of the P&amp;L explain's waterfall: a cause moves the running total from {@code start} to
 * {@code end}; the last bar, the actual P&amp;L, stands on zero ({@code total}).
 */
public record WaterfallStep(String label, double start, double end, boolean total) {

    public double amount() {
        return end - start;
    }

    /** Theta, delta, gamma, vega, new and closed trades, unexplained, then the actual P&amp;L they add up to. */
    public static List<WaterfallStep> of(PnlExplain explain) {
        double[] amounts = {explain.theta(), explain.delta(), explain.gamma(), explain.vega(), explain.newTrades(),
                explain.closedTrades(), explain.unexplained()};
        String[] labels = {Texts.get("explain.theta"), Texts.get("explain.delta"), Texts.get("explain.gamma"),
            Texts.get("explain.vega"), Texts.get("explain.new-trades"), Texts.get("explain.closed-trades"),
            Texts.get("explain.unexplained")};
        List<WaterfallStep> steps = new ArrayList<>();
        double running = 0.0;
        for (int i = 0; i < amounts.length; i++) {
            steps.add(new WaterfallStep(labels[i], running, running + amounts[i], false));
            running += amounts[i];
        }
        steps.add(new WaterfallStep(Texts.get("explain.actual"), 0.0, explain.actual(), true));
        return List.copyOf(steps);
    }
}
