package com.suanli.pricing.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.suanli.exchange.listing.ComputeProduct;

/** The rated products the desk evaluates, by product code, in the order given. */
public record RatingCatalogue(Map<String, ComputeProduct> products) {

    public RatingCatalogue {
        if (products == null || products.isEmpty()) {
            throw new IllegalArgumentException("products: the catalogue needs at least one product");
        }
        products.forEach((code, product) -> {
            if (product == null || !product.code().equals(code)) {
                throw new IllegalArgumentException("products." + code + ": must hold the product with that code");
            }
        });
        products = Collections.unmodifiableMap(new LinkedHashMap<>(products));
    }

    /** A catalogue of these products; codes must be unique. */
    public static RatingCatalogue of(List<ComputeProduct> products) {
        Map<String, ComputeProduct> byCode = new LinkedHashMap<>();
        for (ComputeProduct product : products) {
            if (byCode.putIfAbsent(product.code(), product) != null) {
                throw new IllegalArgumentException("products: code " + product.code() + " appears twice");
            }
        }
        return new RatingCatalogue(byCode);
    }

    public ComputeProduct product(String code) {
        ComputeProduct product = products.get(code);
        if (product == null) {
            throw new IllegalArgumentException("product: " + code + " is not rated, known " + products.keySet());
        }
        return product;
    }
}
