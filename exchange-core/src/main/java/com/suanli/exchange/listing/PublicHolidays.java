package com.suanli.exchange.listing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Mainland China's public holidays and make-up working days (调休上班), year by year as the
 * State Council's notices publish them, read from the data file {@value #RESOURCE} beside this
 * class. A year is covered when the file names its notice; for a year it does not cover, no day
 * is a holiday, and the first question about that year logs one warning saying so: the calendar
 * then knows weekends only, until the year's notice is added to the file.
 */
public final class PublicHolidays {
    /** The data file, a resource beside this class. */
    public static final String RESOURCE = "china-public-holidays.csv";

    private static final System.Logger LOG = System.getLogger(PublicHolidays.class.getName());

    private final String source;
    private final Map<Integer, String> notices;
    private final Map<LocalDate, HolidayDay> days;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    /** One listed day: a day off, or a weekend day worked in exchange for one. */
    private record HolidayDay(boolean makeUp, String festival) {
    }

    private PublicHolidays(String source, Map<Integer, String> notices, Map<LocalDate, HolidayDay> days) {
        this.source = source;
        this.notices = notices;
        this.days = days;
    }

    /** The calendar of the data file {@value #RESOURCE}, read once. */
    public static PublicHolidays china() {
        return China.CALENDAR;
    }

    /** Holds the data file's calendar, read the first time it is asked for. */
    private static final class China {
        static final PublicHolidays CALENDAR = read();

        private static PublicHolidays read() {
            try (InputStream in = PublicHolidays.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + ": not found beside " + PublicHolidays.class.getName());
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return parse(RESOURCE, reader.lines().collect(Collectors.toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + ": cannot be read", e);
            }
        }
    }

    /**
     * Reads a calendar in the data file's format (see {@value #RESOURCE}).
     * @param source the file's name, for error messages
     * @throws IllegalArgumentException naming the source, the line and the field that is wrong
     */
    public static PublicHolidays parse(String source, List<String> lines) {
        Map<Integer, String> notices = new TreeMap<>();
        Map<LocalDate, HolidayDay> days = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (i + 1) + ": ";
            String[] fields = line.split(",", -1);
            if (fields[0].equals("notice")) {
                readNotice(where, fields, notices);
            } else if (fields[0].equals("closed") || fields[0].equals("makeup")) {
                readDay(where, fields, days);
            } else {
                throw new IllegalArgumentException(where + "kind must be one of [notice, closed, makeup], was '"
                        + fields[0] + "'");
            }
        }
        for (Map.Entry<LocalDate, HolidayDay> day : days.entrySet()) {
            if (!notices.containsKey(day.getKey().getYear())) {
                throw new IllegalArgumentException(source + ": " + day.getKey() + " is listed but no notice line covers "
                        + day.getKey().getYear());
            }
        }
        return new PublicHolidays(source, Collections.unmodifiableMap(notices), Collections.unmodifiableMap(days));
    }

    private static void readNotice(String where, String[] fields, Map<Integer, String> notices) {
        if (fields.length != 4) {
            throw new IllegalArgumentException(where + "a notice line is notice,<year>,<date published>,<title>");
        }
        int year;
        try {
            year = Integer.parseInt(fields[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "year must be a number, was '" + fields[1] + "'");
        }
        date(where, "published", fields[2]);
        if (fields[3].isBlank()) {
            throw new IllegalArgumentException(where + "title must name the notice");
        }
        if (notices.put(year, fields[3]) != null) {
            throw new IllegalArgumentException(where + "year " + year + " has a notice already");
        }
    }

    private static void readDay(String where, String[] fields, Map<LocalDate, HolidayDay> days) {
        if (fields.length != 3) {
            throw new IllegalArgumentException(where + "a day line is " + fields[0] + ",<date>,<festival>");
        }
        LocalDate day = date(where, "date", fields[1]);
        boolean makeUp = fields[0].equals("makeup");
        if (makeUp && !isWeekend(day)) {
            throw new IllegalArgumentException(where + "date: make-up working day " + day + " is a " + day.getDayOfWeek()
                    + ", not a Saturday or Sunday");
        }
        if (fields[2].isBlank()) {
            throw new IllegalArgumentException(where + "festival must name the holiday");
        }
        if (days.put(day, new HolidayDay(makeUp, fields[2])) != null) {
            throw new IllegalArgumentException(where + "date: " + day + " is listed twice");
        }
    }

    private static LocalDate date(String where, String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + field + " must be a date yyyy-mm-dd, was '" + text + "'");
        }
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    /** The years a notice covers, ascending. */
    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(notices.keySet()));
    }

    /** Whether the State Council's notice for {@code year} is in the data. */
    public boolean covers(int year) {
        return notices.containsKey(year);
    }

    /** The title of the notice {@code year}'s days come from. */
    public Optional<String> notice(int year) {
        return Optional.ofNullable(notices.get(year));
    }

    /**
     * The festival {@code day} is a day off for, or empty when it is not one; empty too for a year
     * the data does not cover, after one warning per year that the year is taken as weekends only.
     */
    public Optional<String> holiday(LocalDate day) {
        return listed(day).filter(d -> !d.makeUp()).map(HolidayDay::festival);
    }

    /** The festival {@code day} is worked for, when it is a weekend make-up working day; else empty. */
    public Optional<String> makeUpWorkday(LocalDate day) {
        return listed(day).filter(HolidayDay::makeUp).map(HolidayDay::festival);
    }

    private Optional<HolidayDay> listed(LocalDate day) {
        int year = day.getYear();
        if (!notices.containsKey(year)) {
            if (warnedYears.add(year)) {
                LOG.log(System.Logger.Level.WARNING, "{0}: no State Council holiday notice for {1,number,#}: "
                        + "its business days are taken as Monday to Friday, with no public holidays", source, year);
            }
            return Optional.empty();
        }
        return Optional.ofNullable(days.get(day));
    }
}
