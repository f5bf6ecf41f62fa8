package com.suanli.desk.ui.account;

import com.suanli.exchange.engine.event.AccountDefaulted;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.MarginCallMet;
import com.suanli.exchange.engine.event.MarginCalled;
import com.suanli.exchange.engine.event.MarginRequirementChanged;
import com.suanli.exchange.engine.event.PositionChanged;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One account as the clearing house publishes it, folded from its events: cash (each ledger entry carries the
 * balance after it, so the last entry is the cash), the margin requirement, the positions and the margin
 * calls. Clearing's figures are taken as they are, never recomputed: the panel shows what the house holds.
 * One thread; no JavaFX.
 */
final class ClearedAccount {

    private final long account;
    private Long cashFen;
    private long initialFen;
    private long maintenanceFen;
    private boolean marginHeard;
    private final Map<Integer, ClearedPosition> positions = new TreeMap<>();
    private final Map<Long, MarginCall> calls = new LinkedHashMap<>();

    ClearedAccount(long account) {
        if (account <= 0) {
            throw new IllegalArgumentException("account: must be positive, was " + account);
        }
        this.account = account;
    }

    long account() {
        return account;
    }

    /** Folds one event; returns whether it was about this account. */
    boolean apply(ExchangeEvent event) {
        if (event instanceof CashMoved moved) {
            return cash(moved);
        } else if (event instanceof PositionChanged position && position.account() == account) {
            positions.put(position.instrumentId(), new ClearedPosition(position.instrumentId(), position.netLots(),
                    position.openCost(), position.realisedPnl()));
        } else if (event instanceof MarginRequirementChanged margin && margin.account() == account) {
            initialFen = margin.initial();
            maintenanceFen = margin.maintenance();
            marginHeard = true;
        } else if (event instanceof MarginCalled called && called.account() == account) {
            calls.put(called.callId(), new MarginCall(called.callId(), called.amount(), called.deadline(),
                    called.cash(), MarginCallStatus.UNMET));
        } else if (event instanceof MarginCallMet met && met.account() == account) {
            calls.computeIfPresent(met.callId(), (id, call) -> call.ended(MarginCallStatus.MET, met.cash()));
        } else if (event instanceof AccountDefaulted defaulted && defaulted.account() == account) {
            calls.computeIfPresent(defaulted.callId(),
                    (id, call) -> call.ended(MarginCallStatus.DEFAULTED, defaulted.cash()));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Takes the house's figures asked for once the desk listens, for what no event has told yet: every change
     * after the desk began listening comes as an event carrying the new figure, so an event heard is never older
     * than the standing.
     */
    void seed(AccountStanding standing) {
        if (cashFen == null) {
            cashFen = standing.cashFen();
        }
        if (!marginHeard) {
            initialFen = standing.initialFen();
            maintenanceFen = standing.maintenanceFen();
            marginHeard = true;
        }
        standing.positions().forEach(position -> positions.putIfAbsent(position.instrumentId(), position));
    }

    private boolean cash(CashMoved moved) {
        if (moved.debitAccount() == account) {
            cashFen = moved.debitBalance();
        } else if (moved.creditAccount() == account) {
            cashFen = moved.creditBalance();
        } else {
            return false;
        }
        return true;
    }

    /** The account's cash in fen; empty until clearing has moved any. */
    OptionalLong cashFen() {
        return cashFen == null ? OptionalLong.empty() : OptionalLong.of(cashFen);
    }

    long initialFen() {
        return initialFen;
    }

    long maintenanceFen() {
        return maintenanceFen;
    }

    /** Positions in instrument order, flat ones included (their realised P&amp;L stays). */
    Collection<ClearedPosition> positions() {
        return positions.values();
    }

    /** Margin calls, oldest first. */
    List<MarginCall> calls() {
        return new ArrayList<>(calls.values());
    }
}
