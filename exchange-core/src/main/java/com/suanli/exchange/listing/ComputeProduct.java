package com.suanli.exchange.listing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of compute capacity the exchange lists, e.g. H100 GPU-hours.
 *
 * @param code upper-case letters and digits, 2 to 10 long, used in symbols (no '-')
 * @param name a readable name, e.g. {@code NVIDIA H100 SXM 80GB}
 * @param productClass GPU, CPU, FPGA or storage
 * @param unit the delivery unit; must be the unit of {@code productClass}
 * @param ratings the evaluation figures of one unit
 */
public record ComputeProduct(String code, String name, ProductClass productClass, ComputeUnit unit, Ratings ratings) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,10}");

    public ComputeProduct {
        requireCode(code);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank (product " + code + ")");
        }
        Objects.requireNonNull(productClass, "productClass");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(ratings, "ratings");
        if (unit != productClass.unit()) {
            throw new IllegalArgumentException("unit: " + productClass + " product " + code + " is delivered in "
                    + productClass.unit() + ", not " + unit);
        }
        if (productClass == ProductClass.GPU && ratings.denseBf16Tflops() <= 0) {
            throw new IllegalArgumentException("ratings.denseBf16Tflops: must be > 0 for GPU product " + code);
        }
        if (productClass == ProductClass.CPU && ratings.cpuScore() <= 0) {
            throw new IllegalArgumentException("ratings.cpuScore: must be > 0 for CPU product " + code);
        }
    }

    /** A product whose unit is the one of its class. */
    public static ComputeProduct of(String code, String name, ProductClass productClass, Ratings ratings) {
        return new ComputeProduct(code, name, productClass, productClass == null ? null : productClass.unit(), ratings);
    }

    /** Checks a product code as it appears in symbols. */
    static void requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code: '" + code + "' must be 2 to 10 upper-case letters or digits");
        }
    }
}
