package com.suanli.desk.ui.autoquote;

/** Where the auto-quoter takes its fair value from. */
public enum FairValueSource {
    /** The pricing library's forward curve through the other months of the instrument's strip. */
    CURVE("Curve"),
    /** The mid of the best bid and offer of the other members' orders. */
    MID("Mid");

    private final String title;

    FairValueSource(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
