package com.suanli.desk.ui.risk;

import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.risk.PnlExplain;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.VarResult;
import com.suanli.pricing.risk.VarSettings;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One finished run: the book, the set it ran under, the valuation date, the P&amp;L per scenario, VaR and ES
 * (or why the set is too small for them), and the P&amp;L explain (null when the book has no previous day).
 */
public record ScenarioResults(String book, ScenarioChoice choice, LocalDate valuationDate, PnlVector pnl, Var var,
                              PnlExplain explain) {

    public ScenarioResults {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(valuationDate, "valuationDate");
        Objects.requireNonNull(pnl, "pnl");
        Objects.requireNonNull(var, "var");
    }

    /** VaR and ES, or the reason there are none: {@code result} is null exactly when {@code problem} is not. */
    public record Var(VarSettings settings, VarResult result, String problem) {

        static Var of(VarResult result) {
            return new Var(result.settings(), result, null);
        }

        static Var tooFew(VarSettings settings, int scenarios) {
            return new Var(settings, null, Texts.format("risk.var-too-few", settings.minimumScenarios(), scenarios));
        }
    }
}
