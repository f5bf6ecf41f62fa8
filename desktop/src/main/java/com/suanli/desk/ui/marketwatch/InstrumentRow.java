package com.suanli.desk.ui.marketwatch;

import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Locale;
import java.util.Objects;

/**
 * One instrument as the market watch shows it: the contract, and its terms written the way a trader
 * reads them. Prices are CNY per unit at the scale of the tick, so a column of one product lines up.
 */
public record InstrumentRow(ContractSpec contract) {

    static final String GREEN_TAG = "G";
    /** Spot has no delivery month: it delivers the next day. */
    static final String SPOT_DELIVERY = "next day";

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
        return contract.hub().code() + " " + contract.hub().side().name().toLowerCase(Locale.ROOT);
    }

    public String green() {
        return contract.green() ? GREEN_TAG : "";
    }

    public String kind() {
        return capitalised(contract.kind().name());
    }

    public String delivery() {
        return contract.kind() == ContractKind.SPOT ? SPOT_DELIVERY : contract.deliveryMonth().toString();
    }

    public String settlement() {
        return capitalised(contract.settlement().name());
    }

    /** Units per lot with the unit, e.g. {@code 1,000 GPU-hours}. */
    public String contractSize() {
        long size = contract.contractSize();
        return String.format(Locale.ROOT, "%,d %s%s", size, contract.unit().label(), size == 1 ? "" : "s");
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

    private static String capitalised(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
    }
}
