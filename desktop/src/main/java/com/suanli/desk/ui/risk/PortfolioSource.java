package com.suanli.desk.ui.risk;

/**
 * Where the risk officer's book comes from: today a risk request file ({@link RiskRequestFile}); the desk's
 * clearing positions plug in here too. {@link #load()} does disk or exchange work: call it off the FX thread.
 */
public interface PortfolioSource {

    /** The book as the screen names it: a file name, or the desk. */
    String name();

    /**
     * The positions and the market to value them on, as of now.
     *
     * @throws IllegalArgumentException when the source is refused; its message says where and why
     */
    DeskBook load();
}
