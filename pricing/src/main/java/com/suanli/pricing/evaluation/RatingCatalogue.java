package com.suanli.pricing.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.suanli.exchange.listing.ComputeProduct;

/**
 * The rated products the desk evaluates, by product code, and the standard compute units
 * defined over them, by name; both in the order given.
 */
public record RatingCatalogue(Map<String, ComputeProduct> products, Map<String, StandardComputeUnit> units) {

    public RatingCatalogue {
        if (products == null || products.isEmpty()) {
            throw new IllegalArgumentException("products: the catalogue needs at least one product");
        }
        products.forEach((code, product) -> {
            if (product == null || !product.code().equals(code)) {
                throw new IllegalArgumentException("products." + code + ": must hold the product with that code");
            }
        });
        if (units == null) {
            throw new IllegalArgumentException("units: must not be null (empty for none)");
        }
        for (Map.Entry<String, StandardComputeUnit> entry : units.entrySet()) {
            StandardComputeUnit unit = entry.getValue();
            if (unit == null || !unit.name().equals(entry.getKey())) {
                throw new IllegalArgumentException("units." + entry.getKey() + ": must hold the unit with that name");
            }
            if (!unit.reference().equals(products.get(unit.reference().code()))) {
                throw new IllegalArgumentException("units." + entry.getKey() + ": reference "
                        + unit.reference().code() + " is not a product of this catalogue");
            }
        }
        products = Collections.unmodifiableMap(new LinkedHashMap<>(products));
        units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
    }

    /** A catalogue of these products and units; product codes and unit names must be unique. */
    public static RatingCatalogue of(List<ComputeProduct> products, List<StandardComputeUnit> units) {
        Map<String, ComputeProduct> byCode = new LinkedHashMap<>();
        for (ComputeProduct product : products) {
            if (byCode.putIfAbsent(product.code(), product) != null) {
                throw new IllegalArgumentException("products: code " + product.code() + " appears twice");
            }
        }
        Map<String, StandardComputeUnit> byName = new LinkedHashMap<>();
        for (StandardComputeUnit unit : units) {
            if (byName.putIfAbsent(unit.name(), unit) != null) {
                throw new IllegalArgumentException("units: name " + unit.name() + " appears twice");
            }
        }
        return new RatingCatalogue(byCode, byName);
    }

    public StandardComputeUnit unit(String name) {
        StandardComputeUnit unit = units.get(name);
        if (unit == null) {
            throw new IllegalArgumentException("unit: " + name + " is not defined, known " + units.keySet());
        }
        return unit;
    }

    public ComputeProduct product(String code) {
        ComputeProduct product = products.get(code);
        if (product == null) {
            throw new IllegalArgumentException("product: " + code + " is not rated, known " + products.keySet());
        }
        return product;
    }
}
