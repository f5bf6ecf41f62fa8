package com.suanli.desk.simulation;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;
import java.util.Objects;

/**
 * What the desk's simulation is doing, as the status bar says it.
 *
 * @param name the configuration's name, blank when none ran
 * @param state running, paused, stopping (its last step under way), stopped, failed or off
 * @param speed simulated seconds per wall second
 * @param detail why it stopped or failed, else blank
 */
public record SimulationStatus(String name, State state, double speed, String detail) {

    public enum State { OFF, RUNNING, PAUSED, STOPPED, FAILED, STOPPING }

    public static final SimulationStatus OFF = new SimulationStatus("", State.OFF, 0, "");

    public SimulationStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
    }

    /** E.g. {@code Simulation calm-month running ×60}, {@code Simulation calm-month paused}, {@code No simulation}. */
    public String text() {
        return switch (state) {
            case OFF -> Texts.get("simulation.off");
            case RUNNING -> Texts.format("simulation.running", name, speedText(speed));
            case PAUSED -> Texts.format("simulation.paused", name);
            case STOPPED -> Texts.format("simulation.stopped", name);
            case FAILED -> Texts.format("simulation.failed", name, detail);
            case STOPPING -> Texts.format("simulation.stopping", name);
        };
    }

    /** The same session, asked to stop and finishing its step. */
    public SimulationStatus stopping() {
        return new SimulationStatus(name, State.STOPPING, speed, "");
    }

    /** {@code ×60}, {@code ×1}, {@code ×0.5}. */
    public static String speedText(double speed) {
        return speed == Math.rint(speed) ? String.format(Locale.ROOT, "×%d", (long) speed)
                : String.format(Locale.ROOT, "×%s", speed);
    }
}
