package com.suanli.pricing.portfolio;

import com.suanli.pricing.green.CapacityPosition;
import com.suanli.pricing.green.CarbonFootprint;
import com.suanli.pricing.green.CarbonPrices;
import com.suanli.pricing.green.GreenParameters;
import com.suanli.pricing.green.GreenPricer;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.Position;
import java.util.Objects;

/**
 * The carbon cost a capacity contract carries, as a (negative) value: its market-based
 * emissions at the market's carbon price, plus for a European buyer the CBAM-style exposure
 * (the EU price gap, converted at the market's EUR rate). Green-tagged capacity is covered by
 * certificates, emits nothing market-based, and so carries no carbon risk: the reason a
 * green premium is paid. Carbon-price and FX scenarios move it; energy and emissions come
 * from the green parameters and {@link GreenPricer}.
 */
public record CarbonCostHolding(String id, CapacityPosition capacity, GreenParameters parameters,
                                boolean europeanBuyer) implements Position {

    public CarbonCostHolding {
        Positions.requireId(id);
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public double presentValue(Market market) {
        CarbonPrices base = parameters.prices();
        double eurCny = europeanBuyer ? market.fxRate("EUR") : base.eurCny();
        CarbonPrices atMarket = new CarbonPrices(base.gecCnyPerMwh(), market.carbonPrice(), base.euEtsEurPerTonne(),
                eurCny);
        CarbonFootprint footprint = GreenPricer.DEFAULT.footprint(capacity, parameters.withPrices(atMarket));
        return 0.0 - (footprint.chinaCarbonCostCny() + (europeanBuyer ? footprint.cbamExposureCny() : 0.0));
    }
}
