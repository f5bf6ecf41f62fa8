/**
 * The trader's live charts of the linked instrument, drawn with ChartFX on a canvas: candles with volume at a
 * chosen interval ({@link com.suanli.desk.ui.chart.CandleChartViewModel}, folded from the tape into
 * one-minute {@link com.suanli.desk.ui.chart.CandleSeries} by {@link com.suanli.desk.ui.chart.TradeBars},
 * with the recorded trades read once through {@link com.suanli.desk.ui.chart.TradeArchive}) and cumulative
 * depth ({@link com.suanli.desk.ui.chart.DepthChartViewModel}).
 *
 * <p>The view-models fold the trading desk's batches on the FX thread and need no window; only the views
 * touch ChartFX. Nothing here sends a command or touches an engine.
 */
package com.suanli.desk.ui.chart;
