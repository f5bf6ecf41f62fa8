/**
 * Import into and export from the desk database, one file at a time (formats in
 * docs/IMPORT-EXPORT.md). An import reads and checks the whole file before it writes anything, then
 * writes it in one transaction: a bad file is refused whole, naming the JSON path or the CSV line and
 * the reason, and nothing of it is kept. The formats are the features' own readers and writers
 * ({@code CatalogueJson}, {@code ScenarioSetJson}, {@code CurvesJson}, {@code FirmsJson},
 * {@code TradesCsv}, {@code BlotterCsv}, {@code StatementCsv}); only the moving is done here.
 */
package com.suanli.data.transfer;
