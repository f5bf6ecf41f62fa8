package com.suanli.data.trading;

import com.suanli.exchange.listing.BusinessDays;
import com.suanli.data.clearing.CashEntry;
import com.suanli.data.clearing.CashKind;
import com.suanli.data.clearing.CashLedger;
import com.suanli.data.market.MarketDataRepository;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.market.IndexFixings;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes the clearing house's money and index events into the desk's tables, on the caller's
 * connection and transaction, beside {@link TradingRecorder}: each {@link CashMoved} as two
 * {@code cash_ledger} rows (the debit and the credit, in CNY, on the exchange-time business day of
 * the event), each {@link IndexPublished} as its day's row of {@code index_fixings} in CNY per unit
 * (a restatement replaces the day's value). An event booked already is refused by the ledger's key
 * (sequence, account, kind), never booked twice.
 */
public final class ClearingRecorder {

    private static final ZoneId EXCHANGE_ZONE = BusinessDays.EXCHANGE_ZONE;
    private static final String CURRENCY = "CNY";

    private final CashLedger ledger;
    private final MarketDataRepository market;
    private final Catalogue catalogue;

    /** @param catalogue the listing the engine runs: an index's ticks are those of its product's spot contract at its hub */
    public ClearingRecorder(Connection connection, Catalogue catalogue) {
        this.ledger = new CashLedger(connection);
        this.market = new MarketDataRepository(connection);
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public void record(ExchangeEvent event) throws SQLException {
        if (event instanceof CashMoved moved) {
            book(moved);
        } else if (event instanceof IndexPublished index) {
            fix(index);
        }
    }

    private void book(CashMoved moved) throws SQLException {
        LocalDate day = Instant.ofEpochMilli(moved.timestamp()).atZone(EXCHANGE_ZONE).toLocalDate();
        CashKind kind = CashKind.of(moved.reason());
        BigDecimal cny = BigDecimal.valueOf(moved.amount(), 2);
        String reference = moved.reason() + " " + moved.reference() + ", entry " + moved.entryId();
        ledger.book(CashEntry.of(moved.debitAccount(), day, kind, cny.negate(), CURRENCY, moved.sequence(), reference));
        ledger.book(CashEntry.of(moved.creditAccount(), day, kind, cny, CURRENCY, moved.sequence(), reference));
    }

    private void fix(IndexPublished index) throws SQLException {
        ContractSpec spot = catalogue.contracts().stream()
                .filter(c -> c.kind() == ContractKind.SPOT && !c.green() && c.hub() == index.hub()
                        && c.product().code().equals(index.productCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("IndexPublished " + index.sequence() + ": the catalogue"
                        + " lists no spot contract of " + index.productCode() + " at " + index.hub().code()
                        + " to price its ticks"));
        TreeMap<LocalDate, Double> day = new TreeMap<>();
        day.put(index.day(), spot.toPrice(index.value()).doubleValue());
        market.saveFixings(Underlying.of(index.productCode(), index.hub().code()), new IndexFixings(day));
    }
}
