package com.suanli.desk.simulation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A live session refused because none of its contracts trades on the clock's day (a weekend, a public holiday):
 * its name and the day, for a window to say in its own language.
 */
public final class NothingTradesToday extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String session;
    private final LocalDate day;

    public NothingTradesToday(String session, LocalDate day) {
        super("nothing of " + session + " trades on " + day + " ("
                + day.getDayOfWeek().toString().toLowerCase(Locale.ROOT) + ")");
        this.session = Objects.requireNonNull(session, "session");
        this.day = day;
    }

    /** The session configuration's name, e.g. {@code calm-month}. */
    public String session() {
        return session;
    }

    public LocalDate day() {
        return day;
    }
}
