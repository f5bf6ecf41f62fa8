package com.suanli.exchange.listing;

/** The kind of capacity a product is; each kind is delivered in one unit. */
public enum ProductClass {
    GPU(ComputeUnit.GPU_HOUR),
    CPU(ComputeUnit.CORE_HOUR),
    FPGA(ComputeUnit.FPGA_HOUR),
    STORAGE(ComputeUnit.TB_MONTH);

    private final ComputeUnit unit;

    ProductClass(ComputeUnit unit) {
        this.unit = unit;
    }

    /** The unit this class of capacity is delivered in. */
    public ComputeUnit unit() {
        return unit;
    }
}
