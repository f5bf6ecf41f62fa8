/**
 * The desk's CSV files (blotter, trades, statements, reports), read and written with Jackson's CSV
 * format: a header row naming the columns in a fixed order, then one row per record. Reading checks
 * the header and every value, and a refusal ({@link com.suanli.data.csv.CsvReadException}) names the
 * file, the line, the column and the reason. What the columns mean belongs to the feature that owns
 * the rows ({@code data.trading}, {@code data.clearing}), never here.
 */
package com.suanli.data.csv;
