package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.index.SpotIndexBook;
import com.suanli.exchange.insurance.InsuredHouse;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;

/** The clearing house's books as the insurance desk may see them ({@link InsuredHouse}). */
final class InsuredBooks implements InsuredHouse {
    private final ClearingHouse house;

    InsuredBooks(ClearingHouse house) {
        this.house = house;
    }

    @Override
    public int account(long account) {
        int index = house.accounts.account(account);
        return index == AccountRegistry.NONE ? NONE : index;
    }

    @Override
    public AccountKind kind(int account) {
        return house.accounts.kind(account);
    }

    @Override
    public boolean inDefault(int account) {
        return house.defaults.defaultId(account) != 0;
    }

    @Override
    public long freeCash(int account) {
        return house.freeCash(account);
    }

    @Override
    public void post(long timestamp, CashReason reason, long reference, int debit, int credit, long amount) {
        house.ledger.post(timestamp, reason, reference, debit, credit, amount);
    }

    @Override
    public ContractSpec standardSpot(String productCode, Hub hub) {
        for (int c = 0; c < house.contracts.count(); c++) {
            ContractSpec spec = house.contracts.get(c).spec;
            if (spec.kind() == ContractKind.SPOT && !spec.green() && spec.hub() == hub
                    && spec.product().code().equals(productCode)) {
                return spec;
            }
        }
        return null;
    }

    @Override
    public long indexNow(String productCode, Hub hub) {
        int key = house.indices.key(productCode, hub);
        return key == SpotIndexBook.NO_INDEX ? 0 : house.indices.previous(key);
    }
}
