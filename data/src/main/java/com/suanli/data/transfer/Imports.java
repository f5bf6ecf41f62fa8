package com.suanli.data.transfer;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.clearing.CashEntry;
import com.suanli.data.clearing.CashLedger;
import com.suanli.data.clearing.StatementCsv;
import com.suanli.data.csv.CsvReadException;
import com.suanli.data.csv.Lined;
import com.suanli.data.firm.Account;
import com.suanli.data.firm.Firm;
import com.suanli.data.firm.FirmRepository;
import com.suanli.data.firm.FirmsJson;
import com.suanli.data.listing.CatalogueRepository;
import com.suanli.data.market.MarketDataRepository;
import com.suanli.data.pricing.CurvesJson;
import com.suanli.data.pricing.ScenarioSetJson;
import com.suanli.data.scenario.ScenarioRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.Sql;
import com.suanli.data.trading.TradeRecord;
import com.suanli.data.trading.TradeRepository;
import com.suanli.data.trading.TradesCsv;
import com.suanli.exchange.listing.ListingStrip;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.risk.ScenarioSet;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Each import: the whole file read and checked, then written in one transaction. Each says what it kept. */
public final class Imports {

    private Imports() {
    }

    /** A catalogue file (docs/CATALOGUE.md) becomes the desk's catalogue. */
    public static String catalogue(DeskStore store, Path file) {
        ListingStrip plan = CatalogueJson.readStrip(file);
        int contracts = plan.catalogue().size();
        store.transaction(c -> {
            new CatalogueRepository(c).save(plan, file.toString());
            return null;
        });
        return "imported " + contracts + " contracts from " + file;
    }

    /** A firms file: its firms and accounts are added, or replace those of the same code and id. */
    public static String firms(DeskStore store, Path file) {
        FirmsJson.Firms firms = FirmsJson.read(file);
        store.transaction(c -> {
            FirmRepository repository = new FirmRepository(c);
            for (Firm firm : firms.firms()) {
                repository.save(firm);
            }
            for (Account account : firms.accounts()) {
                repository.save(account);
            }
            return null;
        });
        return "imported " + firms.firms().size() + " firms and " + firms.accounts().size() + " accounts from " + file;
    }

    /** A scenario set file (docs/SCENARIOS.md), kept under its name. */
    public static String scenarios(DeskStore store, Path file) {
        ScenarioSet set = ScenarioSetJson.read(file);
        store.transaction(c -> {
            new ScenarioRepository(c).save(set);
            return null;
        });
        return "imported scenario set '" + set.name() + "' (" + set.scenarios().size() + " scenarios) from " + file;
    }

    /** A curves file: its curves and surfaces under its valuation date, its fixings into the index history. */
    public static String curves(DeskStore store, Path file) {
        MarketData market = CurvesJson.read(file);
        store.transaction(c -> {
            MarketDataRepository repository = new MarketDataRepository(c);
            for (var curve : market.curves().entrySet()) {
                repository.saveCurve(market.valuationDate(), curve.getKey(), curve.getValue());
            }
            for (var surface : market.volSurfaces().entrySet()) {
                repository.saveSurface(market.valuationDate(), surface.getKey(), surface.getValue());
            }
            for (var fixings : market.fixings().entrySet()) {
                repository.saveFixings(fixings.getKey(), fixings.getValue());
            }
            return null;
        });
        return "imported " + market.curves().size() + " curves of " + market.valuationDate() + " from " + file;
    }

    /** A trades CSV: every trade is new (by trade id and sequence), or the file is refused naming the line. */
    public static String trades(DeskStore store, Path file) {
        List<Lined<TradeRecord>> trades = TradesCsv.read(file);
        refuseRepeats(file, trades);
        store.transaction(c -> {
            for (Lined<TradeRecord> lined : trades) {
                TradeRecord trade = lined.value();
                if (kept(c, "SELECT COUNT(*) FROM trades WHERE trade_id = ? OR sequence = ?", trade.tradeId(),
                        trade.sequence())) {
                    throw new CsvReadException(file.toString(), lined.line(), "trade_id",
                            "trade " + trade.tradeId() + " or sequence " + trade.sequence() + " is in the database already");
                }
            }
            new TradeRepository(c).addAll(Lined.values(trades));
            return null;
        });
        return "imported " + trades.size() + " trades from " + file;
    }

    /** A statement CSV: every entry is booked on its (existing) account; the ledger numbers them anew. */
    public static String statement(DeskStore store, Path file) {
        List<Lined<CashEntry>> entries = StatementCsv.read(file);
        store.transaction(c -> {
            CashLedger ledger = new CashLedger(c);
            for (Lined<CashEntry> lined : entries) {
                CashEntry entry = lined.value();
                if (!kept(c, "SELECT COUNT(*) FROM accounts WHERE account_id = ?", entry.account())) {
                    throw new CsvReadException(file.toString(), lined.line(), "account",
                            "account " + entry.account() + " is not in the database");
                }
                ledger.book(CashEntry.of(entry.account(), entry.businessDate(), entry.kind(), entry.amount(),
                        entry.currency(), entry.sequence(), entry.reference()));
            }
            return null;
        });
        return "imported " + entries.size() + " cash entries from " + file;
    }

    /** Two rows of one file with the same trade id or sequence: the file contradicts itself. */
    private static void refuseRepeats(Path file, List<Lined<TradeRecord>> trades) {
        Set<Long> ids = new HashSet<>();
        Set<Long> sequences = new HashSet<>();
        for (Lined<TradeRecord> lined : trades) {
            TradeRecord trade = lined.value();
            if (!ids.add(trade.tradeId()) || !sequences.add(trade.sequence())) {
                throw new CsvReadException(file.toString(), lined.line(), "trade_id",
                        "trade " + trade.tradeId() + " or sequence " + trade.sequence() + " is in the file twice");
            }
        }
    }

    private static boolean kept(Connection c, String query, Object... parameters) throws SQLException {
        return Sql.one(c, query, row -> row.getLong(1), parameters).orElse(0L) > 0;
    }
}
