package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.settlement.ClosingWindow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The contracts the clearing house clears, each with a dense index in listing order: its terms,
 * the value of a tick in fen per lot (computed once), its product's fee index, its spot index
 * key, its closing window and its last settlement.
 */
final class ClearedContracts {
    static final int NONE = -1;

    private final LongIntMap byId = new LongIntMap(1024);
    private final List<Contract> contracts = new ArrayList<>();

    /** One cleared contract. Mutable only in its last settlement. */
    static final class Contract {
        final ContractSpec spec;
        final long tickValue;
        final int product;
        final int indexKey;
        final ClosingWindow window;
        long settlementPrice;
        LocalDate settledDay;

        Contract(ContractSpec spec, long tickValue, int product, int indexKey, ClosingWindow window) {
            this.spec = spec;
            this.tickValue = tickValue;
            this.product = product;
            this.indexKey = indexKey;
            this.window = window;
            this.settlementPrice = spec.referencePriceTicks();
        }

        boolean isFuture() {
            return spec.kind() == ContractKind.FUTURE;
        }
    }

    /** The index of {@code instrumentId}, or {@link #NONE}. */
    int index(int instrumentId) {
        return byId.get(instrumentId);
    }

    int add(Contract contract) {
        int index = contracts.size();
        contracts.add(contract);
        byId.put(contract.spec.instrumentId(), index);
        return index;
    }

    /** Contracts run 0 to {@code count() - 1}, in listing order. */
    int count() {
        return contracts.size();
    }

    Contract get(int index) {
        return contracts.get(index);
    }

    long stateHash() {
        long h = StateHash.mix(0, contracts.size());
        for (Contract contract : contracts) {
            h = StateHash.mix(StateHash.mix(h, contract.spec.instrumentId()), contract.settlementPrice);
            h = StateHash.mix(h, contract.settledDay == null ? Long.MIN_VALUE : contract.settledDay.toEpochDay());
            if (contract.window != null) {
                h = contract.window.stateHash(h);
            }
        }
        return h;
    }
}
