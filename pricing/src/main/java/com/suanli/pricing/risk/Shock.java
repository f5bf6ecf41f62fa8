package com.suanli.pricing.risk;

import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.HubSide;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One move of the market. A {@link Scenario} applies its shocks in order; every curve and
 * volatility shock is constant within a delivery month, so a shocked month keeps its exact
 * monthly average ({@code F' = m F + a} holds day by day and on the average).
 */
public sealed interface Shock {

    /** Shifts forward prices: parallel with {@link CurveSelection#ALL}, one month with a bucket. */
    record CurveShift(CurveSelection where, ShiftKind kind, double amount) implements Shock {
        public CurveShift {
            Shocks.requireShift(where, kind, amount);
        }
    }

    /**
     * Tilts forward prices: the shift grows linearly with time to delivery, {@code amountPerYear}
     * times the months from the valuation month to the delivery month over 12 (the spot month
     * does not move).
     */
    record CurveTilt(CurveSelection where, ShiftKind kind, double amountPerYear) implements Shock {
        public CurveTilt {
            Shocks.requireShift(where, kind, amountPerYear);
        }
    }

    /**
     * Widens the east-west spread by {@code amount}: east hubs move up by half of it, west hubs
     * down by half (a relative or log amount splits the same way). {@code product} null means
     * every product.
     */
    record HubSpreadShift(String product, List<String> eastHubs, List<String> westHubs,
                          ShiftKind kind, double amount) implements Shock {
        /** The national split of "East Data, West Compute" (the listing's hub sides): demand hubs east. */
        public static final List<String> EAST_HUBS = hubCodes(HubSide.EAST);
        /** Supply hubs, west. */
        public static final List<String> WEST_HUBS = hubCodes(HubSide.WEST);

        public HubSpreadShift {
            eastHubs = List.copyOf(Objects.requireNonNull(eastHubs, "eastHubs"));
            westHubs = List.copyOf(Objects.requireNonNull(westHubs, "westHubs"));
            if (eastHubs.isEmpty() || westHubs.isEmpty()) {
                throw new IllegalArgumentException("eastHubs/westHubs: must not be empty");
            }
            for (String hub : eastHubs) {
                if (westHubs.contains(hub)) {
                    throw new IllegalArgumentException("westHubs: hub " + hub + " is also an east hub");
                }
            }
            Shocks.requireShift(CurveSelection.ALL, kind, amount / 2);
            Shocks.requireShift(CurveSelection.ALL, kind, -amount / 2);
        }

        private static List<String> hubCodes(HubSide side) {
            return Arrays.stream(Hub.values()).filter(hub -> hub.side() == side).map(Hub::code).toList();
        }

        /** The national east-west split, every product. */
        public static HubSpreadShift eastWest(ShiftKind kind, double amount) {
            return new HubSpreadShift(null, EAST_HUBS, WEST_HUBS, kind, amount);
        }
    }

    /** Shifts implied volatilities ({@link ShiftKind#ABSOLUTE}: 0.05 is five vol points). */
    record VolShift(CurveSelection where, ShiftKind kind, double amount) implements Shock {
        public VolShift {
            Shocks.requireShift(where, kind, amount);
        }
    }

    /** Shifts the carbon price. */
    record CarbonPriceShift(ShiftKind kind, double amount) implements Shock {
        public CarbonPriceShift {
            Shocks.requireShift(CurveSelection.ALL, kind, amount);
        }
    }

    /** Shifts outage rates (expected outages per year) at one hub, or every hub when {@code hub} is null. */
    record OutageRateShift(String hub, ShiftKind kind, double amount) implements Shock {
        public OutageRateShift {
            if (hub != null) {
                Codes.requireCode(hub, "hub");
            }
            Shocks.requireShift(CurveSelection.ALL, kind, amount);
        }
    }

    /** Shifts the CNY value of one unit of a foreign currency. */
    record FxShift(String currency, ShiftKind kind, double amount) implements Shock {
        public FxShift {
            Codes.requireCode(currency, "currency");
            Shocks.requireShift(CurveSelection.ALL, kind, amount);
        }
    }
}
