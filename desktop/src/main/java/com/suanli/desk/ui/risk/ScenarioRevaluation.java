package com.suanli.desk.ui.risk;

import com.suanli.desk.task.TaskProgress;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.PnlExplain;
import com.suanli.pricing.risk.PnlExplainer;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.Revaluation;
import com.suanli.pricing.risk.RiskRequest;
import com.suanli.pricing.risk.Scenario;
import com.suanli.pricing.risk.ValueAtRisk;
import com.suanli.pricing.risk.VarSettings;
import java.util.List;

/**
 * The full revaluation of a book under a scenario set, in slices so that it reports progress and stops when
 * asked. Each slice is pricing's {@link Revaluation#presentValues} (parallel over scenarios), and every
 * scenario's value is computed alone, so the P&amp;L is the one {@link Revaluation#pnl} gives in one call.
 */
final class ScenarioRevaluation {

    /** About a hundred progress steps, whatever the set's size: fine enough to watch, coarse enough to cost nothing. */
    private static final int PROGRESS_STEPS = 100;

    private ScenarioRevaluation() {
    }

    /**
     * @throws java.util.concurrent.CancellationException when cancelled; nothing of the run is kept
     */
    static ScenarioResults run(DeskBook book, ScenarioChoice choice, double confidence, TaskProgress progress) {
        Market market = Market.of(book.contents().market());
        List<Scenario> scenarios = choice.set().scenarios();
        int total = scenarios.size();
        progress.report(0, total);
        double base = book.contents().portfolio().presentValue(market);
        double[] pnl = new double[total];
        int slice = Math.max(1, total / PROGRESS_STEPS);
        for (int from = 0; from < total; from += slice) {
            progress.checkCancelled();
            int to = Math.min(total, from + slice);
            double[] values = Revaluation.presentValues(book.contents().portfolio(), market, scenarios.subList(from, to));
            for (int i = 0; i < values.length; i++) {
                pnl[from + i] = values[i] - base;
            }
            progress.report(to, total);
        }
        progress.checkCancelled();
        PnlVector vector = new PnlVector(base, scenarios.stream().map(Scenario::name).toList(), pnl);
        return new ScenarioResults(book.name(), choice, market.valuationDate(), vector,
                valueAtRisk(vector, choice, confidence), explain(book));
    }

    private static ScenarioResults.Var valueAtRisk(PnlVector pnl, ScenarioChoice choice, double confidence) {
        VarSettings settings = new VarSettings(confidence, choice.var().horizonDays(), choice.var().scaling());
        if (pnl.size() < settings.minimumScenarios()) {
            return ScenarioResults.Var.tooFew(settings, pnl.size());
        }
        return ScenarioResults.Var.of(ValueAtRisk.of(pnl, settings));
    }

    private static PnlExplain explain(DeskBook book) {
        if (!book.hasPreviousDay()) {
            return null;
        }
        RiskRequest request = book.contents();
        return PnlExplainer.explain(request.previousPortfolio(), Market.of(request.previousMarket()),
                request.portfolio(), Market.of(request.market()));
    }
}
