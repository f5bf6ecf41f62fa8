package com.suanli.desk.ui.account;

import com.suanli.exchange.clearing.Position;
import com.suanli.exchange.engine.Engine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One account as the clearing house holds it at a moment: what the account panel shows before any event about
 * it arrives, such as the cash deposited at the desk's first start or a restarted desk's positions.
 */
public record AccountStanding(long account, long cashFen, long initialFen, long maintenanceFen,
                              List<ClearedPosition> positions) {

    public AccountStanding {
        positions = List.copyOf(positions);
    }

    /**
     * Asks the engine (on its own thread) for the account's cash, margin and its positions in {@code held}
     * (the instruments the desk's records say it holds); empty when the engine does not clear or has no such
     * account.
     */
    public static Optional<AccountStanding> of(Engine engine, long account, Collection<Integer> held) {
        if (!engine.clears() || !engine.hasAccount(account)) {
            return Optional.empty();
        }
        List<ClearedPosition> positions = new ArrayList<>();
        for (int instrumentId : held) {
            Position position = engine.position(account, instrumentId);
            positions.add(new ClearedPosition(instrumentId, position.netLots(), position.openCost(),
                    position.realisedPnl()));
        }
        return Optional.of(new AccountStanding(account, engine.cash(account), engine.initialMargin(account),
                engine.maintenanceMargin(account), positions));
    }
}
