package com.suanli.data.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonInput;
import com.suanli.exchange.listing.Ratings;
import java.util.Set;

/**
 * The {@code ratings} object of a product, as the catalogue and the hardware ratings file both
 * write it: one reader and one writer so the two files cannot drift apart.
 */
public final class RatingsJson {

    private static final Set<String> FIELDS = Set.of("denseBf16Tflops", "fp8Tflops", "fp64Tflops", "memoryGb",
            "memoryBandwidthTbps", "cpuScore", "powerKw");

    private RatingsJson() {
    }

    /** The ratings object; null only in a document read with every problem, where it had one. */
    public static Ratings read(JsonInput input) {
        JsonInput rated = input.allowOnly(FIELDS);
        Double bf16 = rated.get("denseBf16Tflops").number();
        Double fp8 = rated.get("fp8Tflops").number();
        Double fp64 = rated.get("fp64Tflops").number();
        Double memory = rated.get("memoryGb").number();
        Double bandwidth = rated.get("memoryBandwidthTbps").number();
        Double cpuScore = rated.get("cpuScore").number();
        Double power = rated.get("powerKw").number();
        return rated.build(() -> new Ratings(bf16, fp8, fp64, memory, bandwidth, cpuScore, power));
    }

    /** Writes the ratings into {@code node}, fields in documented order. */
    public static void write(Ratings ratings, ObjectNode node) {
        node.put("denseBf16Tflops", ratings.denseBf16Tflops());
        node.put("fp8Tflops", ratings.fp8Tflops());
        node.put("fp64Tflops", ratings.fp64Tflops());
        node.put("memoryGb", ratings.memoryGb());
        node.put("memoryBandwidthTbps", ratings.memoryBandwidthTbps());
        node.put("cpuScore", ratings.cpuScore());
        node.put("powerKw", ratings.powerKw());
    }
}
