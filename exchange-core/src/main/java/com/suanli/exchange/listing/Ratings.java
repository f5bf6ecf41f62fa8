package com.suanli.exchange.listing;

/**
 * What one unit of a product can do, per device (one GPU, one CPU core, one FPGA card, one TB):
 * the compute-evaluation figures a buyer compares products on. Zero where a figure does not apply.
 * Tensor throughput is dense (no structured sparsity), as vendors publish it for their SXM/OAM parts.
 *
 * @param denseBf16Tflops dense BF16 tensor throughput, TFLOPS
 * @param fp8Tflops dense FP8 tensor throughput, TFLOPS (0 where the part has no FP8)
 * @param fp64Tflops FP64 vector throughput, TFLOPS
 * @param memoryGb device memory (or memory per core for CPUs), GB
 * @param memoryBandwidthTbps memory bandwidth, TB/s
 * @param cpuScore SPECrate-2017-integer-like throughput score per unit (CPUs only)
 * @param powerKw board or share-of-socket power, kW
 */
public record Ratings(double denseBf16Tflops, double fp8Tflops, double fp64Tflops, double memoryGb,
                      double memoryBandwidthTbps, double cpuScore, double powerKw) {

    public Ratings {
        requireRating("denseBf16Tflops", denseBf16Tflops);
        requireRating("fp8Tflops", fp8Tflops);
        requireRating("fp64Tflops", fp64Tflops);
        requireRating("memoryGb", memoryGb);
        requireRating("memoryBandwidthTbps", memoryBandwidthTbps);
        requireRating("cpuScore", cpuScore);
        requireRating("powerKw", powerKw);
    }

    private static void requireRating(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + ": must be >= 0 and finite, was " + value);
        }
    }
}
