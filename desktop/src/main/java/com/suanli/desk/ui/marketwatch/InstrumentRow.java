package com.suanli.desk.ui.marketwatch;

import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Objects;

/**
 * One instrument as the market watch shows it: the contract, and its terms written the way a trader
 * reads them. Prices are CNY per unit at the scale of the tick, so a column of one product lines up.
 */
public record InstrumentRow(ContractSpec contract) {

    /** Spot has no delivery month: it delivers the next day. */

    public InstrumentRow {
        Objects.requireNonNull(contract, "contract");
    }

    public String symbol() {
        return contract.symbol();
    }

    public String product() {
        return contract.product().code();
    }

    /** The hub's code and its side of "East Data, West Compute", e.g. {@code GZ west}. */
    public String hub() {
        return contract.hub().code() + " " + Texts.term(contract.hub().side());
    }

    public String green() {
        return contract.green() ? Texts.get("marketwatch.green-tag") : "";
    }

    public String kind() {
        return Texts.term(contract.kind());
    }

    public String delivery() {
        return contract.kind() == ContractKind.SPOT ? Texts.get("marketwatch.next-day") : contract.deliveryMonth().toString();
    }

    public String settlement() {
        return Texts.term(contract.settlement());
    }

    /** Units per lot with the unit, e.g. {@code 1,000 GPU-hours}. */
    public String contractSize() {
        return Texts.format("term.ComputeUnit.lots." + contract.unit().name(), contract.contractSize());
    }

    public String tickSize() {
        return contract.tickSize().toPlainString();
    }

    public String referencePrice() {
        return price(contract.referencePriceTicks());
    }

    /** The lowest price accepted around the reference price. */
    public String bandLow() {
        return price(contract.bandLowTicks(contract.referencePriceTicks()));
    }

    /** The highest price accepted around the reference price. */
    public String bandHigh() {
        return price(contract.bandHighTicks(contract.referencePriceTicks()));
    }

    private String price(long ticks) {
        return contract.toPrice(ticks).toPlainString();
    }
}
