package com.suanli.exchange.listing;

/** The unit a compute product is priced and delivered in; prices are CNY per one unit. */
public enum ComputeUnit {
    GPU_HOUR("GPU-hour"),
    CORE_HOUR("core-hour"),
    FPGA_HOUR("FPGA-hour"),
    TB_MONTH("TB-month");

    private final String label;

    ComputeUnit(String label) {
        this.label = label;
    }

    /** The unit as a trader writes it, e.g. {@code GPU-hour}. */
    public String label() {
        return label;
    }
}
