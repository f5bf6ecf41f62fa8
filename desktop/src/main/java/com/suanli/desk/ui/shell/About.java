package com.suanli.desk.ui.shell;

import java.util.Objects;

/**
 * What Help > About says.
 *
 * @param product the product's name
 * @param version the build's version
 * @param summary one line on what the desk is for
 * @param runtime the Java and JavaFX the desk runs on, for bug reports
 */
public record About(String product, String version, String summary, String runtime) {

    public About {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(runtime, "runtime");
    }
}
