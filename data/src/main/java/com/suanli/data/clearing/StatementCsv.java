package com.suanli.data.clearing;

import com.suanli.data.csv.CsvRow;
import com.suanli.data.csv.CsvTable;
import com.suanli.data.csv.Lined;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A cash statement as CSV (docs/IMPORT-EXPORT.md): the ledger's entries, one a row. On import the
 * {@code entry_id} column may be empty: the ledger numbers what it books.
 */
public final class StatementCsv {

    static final CsvTable TABLE = new CsvTable("entry_id", "account", "business_date", "kind", "amount", "currency",
            "sequence", "reference");

    private StatementCsv() {
    }

    public static String write(List<CashEntry> entries) {
        return TABLE.write(entries.stream().map(entry -> List.<Object>of(entry.entryId(), entry.account(),
                entry.businessDate(), entry.kind(), entry.amount().toPlainString(), entry.currency(),
                entry.sequence() == null ? "" : entry.sequence(), entry.reference())).toList());
    }

    /** The entries of the file; a bad value refuses the file naming its line and column. */
    public static List<Lined<CashEntry>> read(Path file) {
        return TABLE.read(file, StatementCsv::entry);
    }

    private static CashEntry entry(CsvRow row) {
        Long entryId = row.optionalLong("entry_id");
        long account = row.longValue("account");
        LocalDate date = row.date("business_date");
        CashKind kind = row.constant("kind", CashKind.class);
        BigDecimal amount = row.decimal("amount");
        String currency = row.required("currency");
        Long sequence = row.optionalLong("sequence");
        String reference = row.text("reference");
        return row.build(() -> new CashEntry(entryId == null ? 0 : entryId, account, date, kind, amount, currency,
                sequence, reference));
    }
}
