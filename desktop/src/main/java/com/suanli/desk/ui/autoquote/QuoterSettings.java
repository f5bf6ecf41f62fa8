package com.suanli.desk.ui.autoquote;

import com.suanli.data.settings.UserSettings;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * The auto-quoter's form as the trader last started it, kept as the user's settings in the desk's database
 * ({@code autoquote.*}, beside the layout) so that tomorrow's desk quotes by today's rules and limit. The fields are
 * kept as typed: Start read them, and reads them again.
 */
public record QuoterSettings(FairValueSource source, String spread, String size, String skew, String requote,
                             String limit) {

    private static final String PREFIX = "autoquote.";

    public QuoterSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(skew, "skew");
        Objects.requireNonNull(requote, "requote");
        Objects.requireNonNull(limit, "limit");
    }

    /**
     * The user's kept settings; empty when none were kept. A field kept before a desk version had it (the limit) is
     * {@code fallback}'s.
     */
    public static Optional<QuoterSettings> read(UserSettings user, QuoterSettings fallback) throws SQLException {
        Optional<String> source = user.get(PREFIX + "source");
        if (source.isEmpty()) {
            return Optional.empty();
        }
        FairValueSource chosen;
        try {
            chosen = FairValueSource.valueOf(source.get());
        } catch (IllegalArgumentException unknown) {
            chosen = fallback.source();
        }
        return Optional.of(new QuoterSettings(chosen, user.get(PREFIX + "spread").orElse(fallback.spread()),
                user.get(PREFIX + "size").orElse(fallback.size()), user.get(PREFIX + "skew").orElse(fallback.skew()),
                user.get(PREFIX + "requote").orElse(fallback.requote()),
                user.get(PREFIX + "limit").orElse(fallback.limit())));
    }

    public void write(UserSettings user) throws SQLException {
        user.put(PREFIX + "source", source.name());
        user.put(PREFIX + "spread", spread);
        user.put(PREFIX + "size", size);
        user.put(PREFIX + "skew", skew);
        user.put(PREFIX + "requote", requote);
        user.put(PREFIX + "limit", limit);
    }
}
