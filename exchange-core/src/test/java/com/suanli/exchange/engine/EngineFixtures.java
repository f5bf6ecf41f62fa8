package com.suanli.exchange.engine;

import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;
import com.suanli.exchange.listing.Settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Contracts the engine tests trade: H100 spot in each hub, priced around 1000 ticks. */
final class EngineFixtures {
    static final ComputeProduct H100 = ComputeProduct.of("H100", "NVIDIA H100 SXM 80GB", ProductClass.GPU,
            new Ratings(989, 1979, 34, 80, 3.35, 0, 0.7));
    static final int YRD = 1;
    static final long REFERENCE = 1_000;
    /** 10% band: 900..1100 around the reference of 1000. */
    static final int BAND_BPS = 1_000;
    static final long LOT = 1;
    static final long MAX_LOTS = 1_000;

    private EngineFixtures() {
    }

    /** H100 spot in the {@code id}-th hub (1 = YRD's place in the listing order is not assumed). */
    static ContractSpec spot(int id, long lotSize, long maxLots, int bandBps, long reference) {
        return spot(id, lotSize, maxLots, bandBps, reference, LocalDate.of(2025, 12, 1), LocalDate.of(2027, 12, 31),
                LocalDate.of(2027, 12, 31));
    }

    /** H100 spot in the {@code id}-th hub trading {@code firstTradingDay..lastTradingDay}. */
    static ContractSpec spot(int id, long lotSize, long maxLots, int bandBps, long reference, LocalDate firstTradingDay,
                             LocalDate lastTradingDay, LocalDate expiry) {
        Hub hub = Hub.values()[(id - 1) % Hub.values().length];
        return new ContractSpec(id, "H100-" + hub.code() + "-SPOT", H100, hub, false, ContractKind.SPOT, null,
                Settlement.PHYSICAL, 1, new BigDecimal("0.01"), lotSize, maxLots, bandBps, reference,
                firstTradingDay, lastTradingDay, expiry);
    }

    static ContractSpec spot(int id) {
        return spot(id, LOT, MAX_LOTS, BAND_BPS, REFERENCE);
    }

    /** {@code count} instruments with ids 1..count. */
    static Catalogue catalogue(int count) {
        List<ContractSpec> specs = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            specs.add(spot(id));
        }
        return Catalogue.of(specs);
    }
}
