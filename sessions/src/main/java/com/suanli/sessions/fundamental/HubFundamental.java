package com.suanli.sessions.fundamental;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.math.RandomStream;
import com.suanli.pricing.model.SpotModel;
import com.suanli.pricing.model.SpotPathSimulator;
import com.suanli.sessions.config.HubSetup;
import com.suanli.sessions.config.ProductSetup;
import java.time.LocalDate;

/**
 * One product at one hub: its spot model (the product's dynamics, reverting to the hub's long-run
 * level), the simulator that steps the model's factor, the factor now, and the hub's compute monitor.
 */
public final class HubFundamental {

    private final String productCode;
    private final HubSetup setup;
    private final SpotModel model;
    private final SpotPathSimulator simulator;
    private final ComputeMonitor monitor;
    private double factor;

    HubFundamental(ProductSetup product, HubSetup setup, LocalDate origin, RandomStream jumps, RandomStream monitoring) {
        this.productCode = product.code();
        this.setup = setup;
        this.model = new SpotModel(origin, Math.log(setup.longRunSpot()), product.kappa(), product.sigma(),
                product.obsolescenceRate(), 0.0, 0.0, product.jumps());
        this.simulator = SpotPathSimulator.of(model, jumps);
        this.monitor = new ComputeMonitor(product.code(), setup, monitoring);
        this.factor = model.factor(0.0, setup.spot().doubleValue());
    }

    void step(double dtYears, double shock) {
        factor = simulator.step(factor, dtYears, shock);
    }

    /** A scheduled jump: the log spot moves by {@code logSize} (the factor carries it; the model reverts from there). */
    void jump(double logSize) {
        factor += logSize;
    }

    public String productCode() {
        return productCode;
    }

    public Hub hub() {
        return setup.hub();
    }

    public SpotModel model() {
        return model;
    }

    public ComputeMonitor monitor() {
        return monitor;
    }

    /** The model's spot at model time {@code t}, before scarcity, CNY per unit. */
    public double modelSpot(double t) {
        return model.spot(t, factor);
    }
}
