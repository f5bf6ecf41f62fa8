package com.suanli.desk.ui.risk;

/** One row of the results table: a scenario and the book's P&amp;L under it, CNY. */
public record ScenarioPnlRow(String scenario, double pnl) {
}
