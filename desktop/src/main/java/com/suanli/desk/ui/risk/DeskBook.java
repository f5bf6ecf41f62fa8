package com.suanli.desk.ui.risk;

import com.suanli.pricing.risk.RiskRequest;
import java.util.Objects;

/**
 * A book to stress: its positions on today's market, the scenario sets that come with it, the index
 * histories and Monte Carlo specification VaR draws from, and optionally the previous day's book and
 * market for the P&amp;L explain. The pricing library's {@link RiskRequest} holds all of that.
 *
 * @param name what the screen calls the book
 */
public record DeskBook(String name, RiskRequest contents) {

    public DeskBook {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contents, "contents");
    }

    public int positions() {
        return contents.portfolio().positions().size();
    }

    public boolean hasPreviousDay() {
        return contents.previousMarket() != null;
    }
}
