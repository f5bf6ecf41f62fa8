package com.suanli.sessions.record;

import com.suanli.data.session.RecordedSession;
import com.suanli.sessions.report.SessionReport;
import java.util.List;
import java.util.Objects;

/** A complete recording opened: what it is, the configuration it ran, its summary lines and report, and a replay cursor. */
public record OpenedSession(RecordedSession session, ConfigText config, List<String> summary, SessionReport report,
                            ReplayCursor cursor) {

    public OpenedSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(config, "config");
        summary = List.copyOf(summary);
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(cursor, "cursor");
    }
}
