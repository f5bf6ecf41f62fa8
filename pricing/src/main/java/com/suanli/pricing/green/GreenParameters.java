package com.suanli.pricing.green;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.basics.InputRefused;

/**
 * Everything the green pricer needs, as loaded from {@code green-parameters.json}.
 *
 * @param utilisation           average accelerator load over a delivered hour, (0,1]
 * @param scarcityFactor        markup on the certificate cost for scarce certified capacity, >= 0
 * @param unitPowerKw           power per delivered unit (one GPU, one CPU core) by product code, kW
 * @param hubs                  grid and PUE by hub
 * @param prices                certificate, carbon and FX prices today
 * @param gecForwardCnyPerMwh   GEC forward prices by delivery month; months not quoted use the
 *                              latest earlier quote, or today's price before the first
 */
public record GreenParameters(
        double utilisation,
        double scarcityFactor,
        Map<String, Double> unitPowerKw,
        Map<Hub, HubGrid> hubs,
        CarbonPrices prices,
        NavigableMap<YearMonth, Double> gecForwardCnyPerMwh) {

    public GreenParameters {
        if (!(utilisation > 0 && utilisation <= 1)) {
            throw new IllegalArgumentException("utilisation: must be in (0,1], was " + utilisation);
        }
        if (!(scarcityFactor >= 0) || Double.isInfinite(scarcityFactor)) {
            throw new IllegalArgumentException("scarcityFactor: must be finite and not negative, was " + scarcityFactor);
        }
        Objects.requireNonNull(unitPowerKw, "unitPowerKw: must not be null");
        Objects.requireNonNull(hubs, "hubs: must not be null");
        Objects.requireNonNull(prices, "prices: must not be null");
        Objects.requireNonNull(gecForwardCnyPerMwh, "gecForwardCnyPerMwh: must not be null");
        unitPowerKw.forEach((product, kw) -> {
            if (kw == null || !(kw > 0) || kw.isInfinite()) {
                throw new IllegalArgumentException("unitPowerKw." + product + ": must be positive and finite, was " + kw);
            }
        });
        hubs.forEach((hub, grid) -> {
            if (grid == null || grid.hub() != hub) {
                throw new IllegalArgumentException("hubs." + hub + ": must hold the grid of hub " + hub);
            }
        });
        gecForwardCnyPerMwh.forEach((month, price) -> {
            if (price == null || !(price >= 0) || price.isInfinite()) {
                throw new IllegalArgumentException("gecForwardCnyPerMwh." + month
                        + ": must be finite and not negative, was " + price);
            }
        });
        // Sorted copies: iteration (and so any file written from these) is the same every run.
        unitPowerKw = Collections.unmodifiableMap(new TreeMap<>(unitPowerKw));
        hubs = hubs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(hubs));
        gecForwardCnyPerMwh = Collections.unmodifiableNavigableMap(new TreeMap<>(gecForwardCnyPerMwh));
    }

    /** Power per delivered unit of {@code productCode}, kW. */
    public double powerKw(String productCode) {
        Double kw = unitPowerKw.get(productCode);
        if (kw == null) {
            throw new InputRefused("unitPowerKw", InputRefused.Rule.NO_POWER, "unitPowerKw: no power for product "
                    + productCode + ", known " + unitPowerKw.keySet(), productCode, String.join(", ", unitPowerKw.keySet()));
        }
        return kw;
    }

    public HubGrid hub(Hub hub) {
        HubGrid grid = hubs.get(hub);
        if (grid == null) {
            throw new InputRefused("hubs", InputRefused.Rule.NO_GRID, "hubs: no grid for hub " + hub + ", known "
                    + hubs.keySet(), hub, hubs.keySet().stream().map(Hub::name).collect(Collectors.joining(", ")));
        }
        return grid;
    }

    /** GEC price for energy delivered in {@code month}, CNY per MWh. */
    public double gecCnyPerMwh(YearMonth month) {
        Map.Entry<YearMonth, Double> quote = gecForwardCnyPerMwh.floorEntry(month);
        return quote == null ? prices.gecCnyPerMwh() : quote.getValue();
    }

    public GreenParameters withPrices(CarbonPrices newPrices) {
        return new GreenParameters(utilisation, scarcityFactor, unitPowerKw, hubs, newPrices, gecForwardCnyPerMwh);
    }

    public GreenParameters withScarcityFactor(double newScarcityFactor) {
        return new GreenParameters(utilisation, newScarcityFactor, unitPowerKw, hubs, prices, gecForwardCnyPerMwh);
    }

    public GreenParameters withUtilisation(double newUtilisation) {
        return new GreenParameters(newUtilisation, scarcityFactor, unitPowerKw, hubs, prices, gecForwardCnyPerMwh);
    }
}
