package com.suanli.exchange.statement;

import com.suanli.exchange.clearing.Position;
import com.suanli.exchange.engine.event.AccountOpened;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.MarginRequirementChanged;
import com.suanli.exchange.engine.event.PositionChanged;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Folds the event stream into account statements: plug it into the engine's sink (or feed it a
 * journal's events) and call {@link #close} at the end of each business day, after its
 * settlements. It keeps what the clearing events say (accounts opened, cash entries, positions,
 * margin, settlement prices) and nothing else; not thread-safe, like the sink it is.
 */
public final class StatementBook implements EventSink {

    private final Catalogue catalogue;
    private final Map<Long, Ledger> accounts = new TreeMap<>();
    private final Map<Integer, Long> settlementPrices = new TreeMap<>();

    public StatementBook(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        if (event instanceof AccountOpened opened) {
            accounts.put(opened.account(), new Ledger(opened));
        } else if (event instanceof CashMoved entry) {
            move(entry.debitAccount(), entry.reason(), -entry.amount(), entry.debitBalance());
            move(entry.creditAccount(), entry.reason(), entry.amount(), entry.creditBalance());
        } else if (event instanceof PositionChanged change) {
            ledger(change.account()).positions.put(change.instrumentId(), change);
        } else if (event instanceof MarginRequirementChanged margin) {
            Ledger ledger = ledger(margin.account());
            ledger.initialMargin = margin.initial();
            ledger.maintenanceMargin = margin.maintenance();
        } else if (event instanceof SettlementPricePublished settled) {
            settlementPrices.put(settled.instrumentId(), settled.price());
        }
    }

    /** Every account's statement for {@code businessDay}, in account order; the next day's movements start empty. */
    public List<AccountStatement> close(LocalDate businessDay) {
        Objects.requireNonNull(businessDay, "businessDay");
        List<AccountStatement> statements = new ArrayList<>(accounts.size());
        for (Ledger ledger : accounts.values()) {
            statements.add(ledger.statement(businessDay));
            ledger.openingCash = ledger.cash;
            ledger.movements.clear();
        }
        return statements;
    }

    private void move(long account, CashReason reason, long amount, long balanceAfter) {
        if (account == CashMoved.OUTSIDE_WORLD) {
            return;
        }
        Ledger ledger = ledger(account);
        ledger.movements.merge(reason, amount, Long::sum);
        ledger.cash = balanceAfter;
    }

    private Ledger ledger(long account) {
        Ledger ledger = accounts.get(account);
        if (ledger == null) {
            throw new IllegalStateException("account " + account + " moves before its AccountOpened event: the stream"
                    + " does not start at the beginning");
        }
        return ledger;
    }

    private PositionLine line(PositionChanged position) {
        ContractSpec spec = catalogue.byId(position.instrumentId());
        long settlement = settlementPrices.getOrDefault(position.instrumentId(), 0L);
        long unrealised = settlement == 0 ? 0
                : Position.unrealisedPnl(position.netLots(), position.openCost(), settlement, spec.tickValueFen());
        return new PositionLine(position.instrumentId(), spec.symbol(), position.netLots(),
                Position.averagePrice(position.openCost(), position.netLots()), settlement, position.realisedPnl(),
                unrealised);
    }

    /** One account's running state. */
    private final class Ledger {
        final AccountOpened opened;
        final Map<CashReason, Long> movements = new EnumMap<>(CashReason.class);
        final Map<Integer, PositionChanged> positions = new TreeMap<>();
        long openingCash;
        long cash;
        long initialMargin;
        long maintenanceMargin;

        Ledger(AccountOpened opened) {
            this.opened = opened;
        }

        AccountStatement statement(LocalDate businessDay) {
            List<PositionLine> lines = new ArrayList<>(positions.size());
            long realised = 0;
            long unrealised = 0;
            for (PositionChanged position : positions.values()) {
                PositionLine line = line(position);
                lines.add(line);
                realised = Math.addExact(realised, line.realisedPnl());
                unrealised = Math.addExact(unrealised, line.unrealisedPnl());
            }
            long fees = -movements.getOrDefault(CashReason.FEE, 0L) - movements.getOrDefault(CashReason.REBATE, 0L);
            return new AccountStatement(opened.account(), opened.firmId(), opened.kind(), businessDay, openingCash,
                    movements, cash, fees, initialMargin, maintenanceMargin, lines, realised, unrealised);
        }
    }
}
