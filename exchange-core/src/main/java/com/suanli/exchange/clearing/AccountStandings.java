package com.suanli.exchange.clearing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads every account's {@link AccountStanding} out of the house's books in one pass over the positions. */
final class AccountStandings {

    private AccountStandings() {
    }

    static List<AccountStanding> of(ClearingHouse house) {
        AccountRegistry accounts = house.accounts;
        PositionBook book = house.positions;
        List<List<Position>> held = new ArrayList<>(accounts.count());
        for (int index = 0; index < accounts.count(); index++) {
            held.add(new ArrayList<>());
        }
        for (int slot = 0; slot < book.count(); slot++) {
            if (book.net(slot) != 0 || book.realised(slot) != 0 || book.buying(slot) != 0 || book.selling(slot) != 0) {
                int index = book.account(slot);
                ClearedContracts.Contract contract = house.contracts.get(book.instrument(slot));
                held.get(index).add(new Position(accounts.id(index), contract.spec.instrumentId(), book.net(slot),
                        book.openCost(slot), book.realised(slot), book.markBasis(slot), book.settled(slot),
                        book.buying(slot), book.selling(slot), contract.tickValue));
            }
        }
        List<AccountStanding> standings = new ArrayList<>(accounts.count());
        // Index 0 is the outside world, which deposits come from: not an account of the exchange.
        for (int index = 1; index < accounts.count(); index++) {
            held.get(index).sort(Comparator.comparingInt(Position::instrumentId));
            standings.add(new AccountStanding(accounts.id(index), accounts.firmId(accounts.firmOf(index)),
                    accounts.kind(index), house.ledger.balance(index), house.margin.initial(index),
                    house.margin.maintenance(index), house.defaults.callId(index), house.defaults.callAmount(index),
                    house.defaults.callDeadline(index), house.defaults.defaultId(index), held.get(index)));
        }
        return standings;
    }
}
