package com.suanli.desk.ui.risk;

import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.risk.ScenarioSet;
import com.suanli.pricing.risk.VarSettings;
import java.util.Objects;

/**
 * A scenario set the risk officer can run, with where it came from and how VaR reads its P&amp;L (the
 * horizon its scenarios span and whether one-day moves are scaled to it).
 */
public record ScenarioChoice(ScenarioSet set, Origin origin, VarSettings var) {

    /** Where a set came from, as the chooser says it. */
    public enum Origin {
        DATABASE,
        FILE,
        BOOK,
        HISTORICAL,
        MONTE_CARLO,
        BUILT;

        public String label() {
            return Texts.term(this);
        }

        /** Sets that come with a book, replaced when another book opens. */
        boolean fromBook() {
            return this == BOOK || this == HISTORICAL || this == MONTE_CARLO;
        }
    }

    /** A set whose scenarios are moves over one day, read as they are. */
    static final VarSettings ONE_DAY = new VarSettings(0.99, 1, VarSettings.HorizonScaling.NONE);

    public ScenarioChoice {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(var, "var");
    }

    static ScenarioChoice of(ScenarioSet set, Origin origin) {
        return new ScenarioChoice(set, origin, ONE_DAY);
    }

    public int size() {
        return set.scenarios().size();
    }

    @Override
    public String toString() {
        return Texts.format("risk.choice", set.name(), size(), origin.label());
    }
}
