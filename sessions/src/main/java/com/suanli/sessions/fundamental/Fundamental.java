package com.suanli.sessions.fundamental;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.math.RandomStream;
import com.suanli.sessions.config.HubSetup;
import com.suanli.sessions.config.ProductSetup;
import com.suanli.sessions.config.SessionConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The fundamental spot of every product at every hub: each hub's factor follows pricing's spot
 * model, and the diffusion shocks of a product's hubs are equicorrelated: hub h's shock is
 * {@code sqrt(rho) Z + sqrt(1 - rho) E_h} with Z common to the product. Scarcity from the hub's
 * compute monitor multiplies the model's spot. Time is model years from the session's start date.
 * Scheduled price shocks (a squeeze) move every hub of their product once their time has come. The
 * diffusion's variance follows the market's activity ({@link MarketActivity}), which wanders over hours.
 */
public final class Fundamental {

    private final List<ProductHubs> products = new ArrayList<>();
    private final double elasticity;
    private final ShockSchedule shocks;
    private final MarketActivity activity;
    private double time;

    private record ProductHubs(ProductSetup setup, RandomStream shocks, List<HubFundamental> hubs) {
    }

    /** Seeds every generator from {@code seeds}, in the order of the configuration. */
    public Fundamental(SessionConfig config, SplittableRandom seeds) {
        this.elasticity = config.scarcityElasticity();
        this.shocks = new ShockSchedule(config.shocks());
        for (ProductSetup product : config.products()) {
            List<HubFundamental> hubs = new ArrayList<>();
            RandomStream shocks = RandomStream.seeded(seeds.nextLong());
            for (HubSetup hub : product.hubs()) {
                hubs.add(new HubFundamental(product, hub, config.startDate(), RandomStream.seeded(seeds.nextLong()),
                        RandomStream.seeded(seeds.nextLong())));
            }
            products.add(new ProductHubs(product, shocks, List.copyOf(hubs)));
        }
        // Seeded after the products' generators, which draw as they did before the activity existed.
        this.activity = new MarketActivity(config.activity(), RandomStream.seeded(seeds.nextLong()));
    }

    /** Moves every spot on by {@code minutes} of calendar time, and the monitors to {@code now}. */
    public void advance(long now, double minutes, MonitoringFeed feed) {
        double dt = minutes / (YearFraction.DAYS_PER_YEAR * 24 * 60);
        time += dt;
        activity.advance(minutes);
        // The diffusion's variance scales with the activity: its standard deviation with the square root.
        double scale = Math.sqrt(activity.level());
        for (ProductHubs product : products) {
            double rho = product.setup().hubCorrelation();
            double common = product.shocks().nextGaussian();
            for (HubFundamental hub : product.hubs()) {
                double own = product.shocks().nextGaussian();
                hub.step(dt, scale * (Math.sqrt(rho) * common + Math.sqrt(1.0 - rho) * own));
                hub.monitor().advance(now, minutes, feed);
            }
        }
        shocks.applyUntil(now, this);
    }

    /** The market's activity now (one when the configuration keeps it constant). */
    public MarketActivity activity() {
        return activity;
    }

    /** Every hub's providers report. */
    public void report(long now, MonitoringFeed feed) {
        hubs().forEach(hub -> feed.onHubReport(hub.monitor().report(now)));
    }

    /** The spot now, scarcity included, CNY per unit. */
    public double spot(HubFundamental hub) {
        return hub.modelSpot(time) * hub.monitor().scarcityFactor(elasticity);
    }

    /** Moves the log spot of every hub of the product by {@code logSize}. */
    void jump(String productCode, double logSize) {
        hubs().stream().filter(hub -> hub.productCode().equals(productCode)).forEach(hub -> hub.jump(logSize));
    }

    public Optional<HubFundamental> hub(String productCode, Hub hub) {
        return hubs().stream().filter(h -> h.productCode().equals(productCode) && h.hub() == hub).findFirst();
    }

    public List<HubFundamental> hubs() {
        return products.stream().flatMap(product -> product.hubs().stream()).toList();
    }

    public long outages() {
        return hubs().stream().mapToLong(hub -> hub.monitor().outageCount()).sum();
    }
}
