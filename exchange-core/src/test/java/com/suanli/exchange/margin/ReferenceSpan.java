package com.suanli.exchange.margin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference SPAN calculation: a portfolio revalued from scratch, with maps and plain loops,
 * to check the incremental {@link PortfolioMargin} against (as the reference order book checks
 * the fast one). Same rules, written the slow and obvious way: per combined commodity, sum each
 * scenario over the instruments held; spread charges from the tiers; credits pair by pair.
 */
public final class ReferenceSpan {

    /** What an account holds in one instrument: net lots, open buys, open sells. */
    public record Holding(long net, long buys, long sells) {
        boolean working() {
            return buys != 0 || sells != 0;
        }
    }

    private record Listed(String commodity, int tier, RiskArray array) {
    }

    private final int initialBps;
    private final Map<String, CombinedCommodity> commodities = new LinkedHashMap<>();
    private final List<InterCommoditySpread> spreads = new ArrayList<>();
    private final Map<Integer, Listed> instruments = new HashMap<>();

    public ReferenceSpan(int initialBps) {
        this.initialBps = initialBps;
    }

    public void define(CombinedCommodity commodity) {
        commodities.put(commodity.code(), commodity);
    }

    public void define(InterCommoditySpread spread) {
        spreads.add(spread);
    }

    public void list(int instrument, String commodity, int tier, RiskArray array) {
        instruments.put(instrument, new Listed(commodity, tier, array));
    }

    public void reload(int instrument, RiskArray array) {
        Listed old = instruments.get(instrument);
        instruments.put(instrument, new Listed(old.commodity(), old.tier(), array));
    }

    /** Maintenance margin of a portfolio: instrument to holding. */
    public long maintenance(Map<Integer, Holding> portfolio) {
        Map<String, Long> scan = new HashMap<>();
        Map<String, Long> net = new HashMap<>();
        Map<String, Boolean> working = new HashMap<>();
        long gross = 0;
        for (CombinedCommodity commodity : commodities.values()) {
            String code = commodity.code();
            long[] sums = new long[RiskArray.SCENARIOS];
            long[] tierLongs = new long[commodity.tiers()];
            long[] tierShorts = new long[commodity.tiers()];
            long couldBeLong = 0;
            long couldBeShort = 0;
            long lots = 0;
            boolean anyWorking = false;
            boolean held = false;
            for (Map.Entry<Integer, Holding> entry : portfolio.entrySet()) {
                Listed listed = instruments.get(entry.getKey());
                if (!listed.commodity().equals(code)) {
                    continue;
                }
                held = true;
                Holding h = entry.getValue();
                for (int s = 0; s < RiskArray.SCENARIOS; s++) {
                    long loss = listed.array().loss(s);
                    long ifBought = (h.net() + h.buys()) * loss;
                    long ifSold = (h.net() - h.sells()) * loss;
                    sums[s] += Math.max(ifBought, ifSold);
                }
                if (h.net() > 0) {
                    tierLongs[listed.tier()] += h.net();
                } else {
                    tierShorts[listed.tier()] -= h.net();
                }
                couldBeLong += Math.max(h.net() + h.buys(), 0);
                couldBeShort += Math.max(h.sells() - h.net(), 0);
                lots += h.net();
                anyWorking |= h.working();
            }
            if (!held) {
                continue;
            }
            long risk = 0;
            for (long sum : sums) {
                risk = Math.max(risk, sum);
            }
            long charge;
            if (anyWorking) {
                long highest = commodity.intraTierCharge();
                for (TierSpread spread : commodity.tierSpreads()) {
                    highest = Math.max(highest, spread.chargePerSpread());
                }
                charge = highest * Math.min(couldBeLong, couldBeShort);
            } else {
                charge = 0;
                long[] tierNet = new long[commodity.tiers()];
                for (int t = 0; t < commodity.tiers(); t++) {
                    charge += Math.min(tierLongs[t], tierShorts[t]) * commodity.intraTierCharge();
                    tierNet[t] = tierLongs[t] - tierShorts[t];
                }
                for (TierSpread spread : commodity.tierSpreads()) {
                    long a = tierNet[spread.frontTier()];
                    long b = tierNet[spread.backTier()];
                    if (a > 0 && b < 0 || a < 0 && b > 0) {
                        long k = Math.min(Math.abs(a), Math.abs(b));
                        charge += k * spread.chargePerSpread();
                        tierNet[spread.frontTier()] -= Long.signum(a) * k;
                        tierNet[spread.backTier()] -= Long.signum(b) * k;
                    }
                }
            }
            gross += risk + charge;
            scan.put(code, risk);
            net.put(code, lots);
            working.put(code, anyWorking);
        }
        Map<String, Long> unspread = new HashMap<>();
        net.forEach((code, lots) -> unspread.put(code, Math.abs(lots)));
        Set<String> blocked = complexesWithWorkingOrders(net.keySet(), working);
        long credit = 0;
        for (InterCommoditySpread spread : spreads) {
            String a = spread.legA();
            String b = spread.legB();
            if (!net.containsKey(a) || !net.containsKey(b) || blocked.contains(a)) {
                continue;
            }
            long netA = net.get(a);
            long netB = net.get(b);
            if (netA == 0 || netB == 0 || (netA > 0) == (netB > 0)) {
                continue;
            }
            long k = Math.min(unspread.get(a) / spread.lotsA(), unspread.get(b) / spread.lotsB());
            credit += legCredit(scan.get(a), k * spread.lotsA(), Math.abs(netA), spread.creditBps());
            credit += legCredit(scan.get(b), k * spread.lotsB(), Math.abs(netB), spread.creditBps());
            unspread.put(a, unspread.get(a) - k * spread.lotsA());
            unspread.put(b, unspread.get(b) - k * spread.lotsB());
        }
        return gross - credit;
    }

    /**
     * The held commodities linked, through pairs whose legs are both held, to a commodity with
     * working orders: a breadth-first walk from each working one.
     */
    private Set<String> complexesWithWorkingOrders(Set<String> held, Map<String, Boolean> working) {
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        held.stream().filter(working::get).forEach(code -> {
            reached.add(code);
            queue.add(code);
        });
        while (!queue.isEmpty()) {
            String code = queue.poll();
            for (InterCommoditySpread spread : spreads) {
                String other = spread.legA().equals(code) ? spread.legB() : spread.legB().equals(code) ? spread.legA() : null;
                if (other != null && held.contains(other) && reached.add(other)) {
                    queue.add(other);
                }
            }
        }
        return reached;
    }

    public long initial(Map<Integer, Holding> portfolio) {
        long maintenance = maintenance(portfolio);
        return -Math.floorDiv(-maintenance * initialBps, 10_000L);
    }

    /** scan x used / net, then x rate, each rounded down (test sizes stay far from overflow). */
    private static long legCredit(long scan, long used, long net, int bps) {
        return scan * used / net * bps / 10_000;
    }
}
