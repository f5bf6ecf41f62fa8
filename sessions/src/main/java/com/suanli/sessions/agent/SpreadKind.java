package com.suanli.sessions.agent;

import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.market.SessionListing;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The spreads arbitrageurs trade, found in the listing for a day. */
public enum SpreadKind {

    /** East hub against west hub of one product: the spot contracts, and futures of the same month. */
    EAST_WEST {
        @Override
        public List<SpreadPair> pairs(SessionListing listing, LocalDate day) {
            List<SpreadPair> pairs = new ArrayList<>();
            for (ComputeProduct product : listing.catalogue().products()) {
                String code = product.code();
                for (Hub east : listing.catalogue().hubs()) {
                    for (Hub west : listing.catalogue().hubs()) {
                        if (!east.isWest() && west.isWest()) {
                            addHubPairs(listing, day, code, east, west, pairs);
                        }
                    }
                }
            }
            return pairs;
        }
    },

    /** Consecutive delivery months of one product at one hub. */
    CALENDAR {
        @Override
        public List<SpreadPair> pairs(SessionListing listing, LocalDate day) {
            List<SpreadPair> pairs = new ArrayList<>();
            for (ComputeProduct product : listing.catalogue().products()) {
                for (Hub hub : listing.catalogue().hubs()) {
                    List<ContractSpec> futures = listing.futures(product.code(), hub, day);
                    for (int i = 1; i < futures.size(); i++) {
                        pairs.add(new SpreadPair(futures.get(i - 1).instrumentId(), futures.get(i).instrumentId()));
                    }
                }
            }
            return pairs;
        }
    };

    public abstract List<SpreadPair> pairs(SessionListing listing, LocalDate day);

    private static void addHubPairs(SessionListing listing, LocalDate day, String code, Hub east, Hub west,
                                    List<SpreadPair> pairs) {
        Optional<ContractSpec> eastSpot = listing.spot(code, east);
        Optional<ContractSpec> westSpot = listing.spot(code, west);
        if (eastSpot.isEmpty() || westSpot.isEmpty()) {
            return;
        }
        pairs.add(new SpreadPair(eastSpot.get().instrumentId(), westSpot.get().instrumentId()));
        List<ContractSpec> westFutures = listing.futures(code, west, day);
        for (ContractSpec eastFuture : listing.futures(code, east, day)) {
            YearMonth month = eastFuture.deliveryMonth();
            westFutures.stream().filter(w -> w.deliveryMonth().equals(month)).findFirst()
                    .ifPresent(w -> pairs.add(new SpreadPair(eastFuture.instrumentId(), w.instrumentId())));
        }
    }
}
