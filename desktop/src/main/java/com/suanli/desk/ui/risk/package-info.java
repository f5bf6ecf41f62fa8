/**
 * The risk officer's panels. The Risk panel ({@link com.suanli.desk.ui.risk.DeskRiskView}): the desk's real
 * portfolio as clearing holds it ({@link com.suanli.desk.ui.risk.ClearingReader}), priced with the pricing
 * library ({@link com.suanli.desk.ui.risk.PricedDesk}), a Greek's heatmap by delivery month and hub, and margin
 * held against required per account, refreshed off the FX thread as trades and clearing events come.
 *
 * <p>The scenario workspace: a book from a {@link com.suanli.desk.ui.risk.PortfolioSource},
 * scenario sets picked from the database, a file, the book's histories or its Monte Carlo specification, or
 * built here; the full revaluation as a cancellable background task with progress; P&amp;L per scenario, VaR
 * and ES, the P&amp;L explain as a waterfall; runs saved to the database and exported as CSV or JSON.
 *
 * <p>The models are pricing's ({@code Revaluation}, {@code ValueAtRisk}, {@code PnlExplainer}); the storage
 * is data's ({@code ScenarioRepository}). Nothing here prices or stores by itself, and the view-model
 * knows no JavaFX node.
 */
package com.suanli.desk.ui.risk;
