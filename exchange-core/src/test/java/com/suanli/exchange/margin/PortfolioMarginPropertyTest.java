package com.suanli.exchange.margin;

import com.suanli.exchange.margin.ReferenceSpan.Holding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random portfolios: the incremental margin always equals the reference revaluation, a
 * what-if leaves no trace, and with working orders the requirement is at least the requirement
 * after any way the orders could fill (the pre-trade check is sound).
 */
class PortfolioMarginPropertyTest {
    private static final int ACCOUNTS = 12;
    private static final int INSTRUMENTS = 10;
    private static final int STEPS = 20_000;
    private static final int FILLS_PER_CHECK = 6;

    private final SplittableRandom random = new SplittableRandom(20_270_301);
    private final PortfolioMargin margin = new PortfolioMargin(11_500);
    private final ReferenceSpan reference = new ReferenceSpan(11_500);
    private final List<Map<Integer, Holding>> portfolios = new ArrayList<>();

    @Test
    void incremental_margin_equals_a_full_revaluation_and_bounds_every_fill() {
        define();
        long checkedFills = 0;
        for (int step = 0; step < STEPS; step++) {
            int account = random.nextInt(ACCOUNTS);
            int instrument = random.nextInt(INSTRUMENTS);
            Map<Integer, Holding> portfolio = portfolios.get(account);
            Holding old = portfolio.getOrDefault(instrument, new Holding(0, 0, 0));
            Holding next = change(old);
            if (random.nextInt(10) == 0) {
                long before = margin.stateHash();
                long whatIf = margin.initialIfWorking(account, instrument, old.net(), old.buys(), old.sells(),
                        next.buys() - old.buys(), next.sells() - old.sells());
                assertThat(margin.stateHash()).isEqualTo(before);
                Map<Integer, Holding> trial = new HashMap<>(portfolio);
                trial.put(instrument, new Holding(old.net(), next.buys(), next.sells()));
                assertThat(whatIf).isEqualTo(reference.initial(trial));
            }
            margin.update(account, instrument, old.net(), old.buys(), old.sells(), next.net(), next.buys(), next.sells());
            portfolio.put(instrument, next);
            assertThat(margin.maintenance(account)).as("step %d account %d", step, account)
                    .isEqualTo(reference.maintenance(portfolio));
            assertThat(margin.initial(account)).isEqualTo(reference.initial(portfolio));
            checkedFills += checkEveryFillIsCovered(account, portfolio);
        }
        assertThat(checkedFills).isGreaterThan(STEPS);
    }

    @Test
    void the_bound_of_a_what_if_adding_lots_is_never_below_it() {
        define();
        long checked = 0;
        for (int step = 0; step < STEPS; step++) {
            int account = random.nextInt(ACCOUNTS);
            int instrument = random.nextInt(INSTRUMENTS);
            Map<Integer, Holding> portfolio = portfolios.get(account);
            Holding old = portfolio.getOrDefault(instrument, new Holding(0, 0, 0));
            long moreBuys = random.nextInt(3) == 0 ? 0 : random.nextLong(0, 20);
            long moreSells = random.nextInt(3) == 0 ? 0 : random.nextLong(0, 20);
            long lotsAfter = worst(old.net(), old.buys() + moreBuys, old.sells() + moreSells) - worst(old.net(),
                    old.buys(), old.sells());
            for (Holding h : portfolio.values()) {
                lotsAfter += worst(h.net(), h.buys(), h.sells());
            }
            long whatIf = margin.initialIfWorking(account, instrument, old.net(), old.buys(), old.sells(), moreBuys,
                    moreSells);
            assertThat(margin.initialIfWorkingBound(account, instrument, moreBuys + moreSells, lotsAfter))
                    .as("step %d account %d", step, account).isGreaterThanOrEqualTo(whatIf);
            checked++;
            Holding next = change(old);
            margin.update(account, instrument, old.net(), old.buys(), old.sells(), next.net(), next.buys(), next.sells());
            portfolio.put(instrument, next);
        }
        assertThat(checked).isEqualTo(STEPS);
    }

    /** The lots an account could hold on the worse side of one instrument if every order on that side filled. */
    private static long worst(long net, long buys, long sells) {
        return Math.max(Math.abs(net + buys), Math.abs(net - sells));
    }

    /** A random fill of each working order (all, none or part) never needs more than the requirement now. */
    private int checkEveryFillIsCovered(int account, Map<Integer, Holding> portfolio) {
        if (portfolio.values().stream().noneMatch(h -> h.buys() != 0 || h.sells() != 0)) {
            return 0;
        }
        long now = margin.maintenance(account);
        for (int f = 0; f < FILLS_PER_CHECK; f++) {
            Map<Integer, Holding> filled = new HashMap<>();
            portfolio.forEach((instrument, h) -> {
                long bought = pick(h.buys());
                long sold = pick(h.sells());
                filled.put(instrument, new Holding(h.net() + bought - sold, 0, 0));
            });
            assertThat(reference.maintenance(filled)).isLessThanOrEqualTo(now);
        }
        return FILLS_PER_CHECK;
    }

    private long pick(long working) {
        return switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> working;
            default -> working == 0 ? 0 : random.nextLong(working + 1);
        };
    }

    private Holding change(Holding h) {
        return switch (random.nextInt(4)) {
            case 0 -> new Holding(h.net() + random.nextLong(-15, 16), h.buys(), h.sells());
            case 1 -> new Holding(h.net(), random.nextInt(3) == 0 ? 0 : random.nextLong(0, 12), h.sells());
            case 2 -> new Holding(h.net(), h.buys(), random.nextInt(3) == 0 ? 0 : random.nextLong(0, 12));
            default -> new Holding(h.net() + h.buys() - h.sells(), 0, 0);
        };
    }

    /** Three combined commodities with random tiers, charges, credits and arrays (not only linear ones); empty portfolios. */
    private void define() {
        for (int a = 0; a < ACCOUNTS; a++) {
            portfolios.add(new HashMap<>());
        }
        String[] codes = {"P-A", "P-B", "Q-A"};
        for (String code : codes) {
            int tiers = 1 + random.nextInt(3);
            List<TierSpread> spreads = new ArrayList<>();
            for (int front = 0; front < tiers; front++) {
                for (int back = front + 1; back < tiers; back++) {
                    spreads.add(new TierSpread(front, back, random.nextLong(0, 40_000)));
                }
            }
            CombinedCommodity commodity = new CombinedCommodity(code, tiers, random.nextLong(0, 30_000), spreads);
            margin.defineCommodity(commodity);
            reference.define(commodity);
        }
        for (InterCommoditySpread spread : List.of(new InterCommoditySpread("P-A", 1, "P-B", 1, 6_500),
                new InterCommoditySpread("P-A", 2, "Q-A", 1, 4_000), new InterCommoditySpread("P-B", 1, "Q-A", 3, 3_000))) {
            margin.defineSpread(spread);
            reference.define(spread);
        }
        for (int i = 0; i < INSTRUMENTS; i++) {
            String code = codes[i % codes.length];
            int tier = random.nextInt(margin.tiers(code));
            RiskArray array = random.nextBoolean() ? RiskArray.future(random.nextLong(50_000, 400_000)) : randomArray();
            margin.addInstrument(i, code, tier, array);
            reference.list(i, code, tier, array);
        }
    }

    /** An option-like array: any losses and gains, not symmetric. */
    private RiskArray randomArray() {
        long[] losses = new long[RiskArray.SCENARIOS];
        for (int s = 0; s < losses.length; s++) {
            losses[s] = random.nextLong(-300_000, 300_000);
        }
        return new RiskArray(losses);
    }
}
