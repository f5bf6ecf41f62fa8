package com.suanli.sessions.record;

import com.suanli.data.session.RecordedSession;
import com.suanli.data.session.RecordingStatus;
import com.suanli.data.listing.CatalogueRepository;
import com.suanli.data.session.SessionRecordings;
import com.suanli.data.session.SnapshotMark;
import com.suanli.data.store.DeskStore;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.sessions.report.SessionReport;
import com.suanli.sessions.report.SessionReportReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import com.suanli.exchange.engine.command.Command;

/** The recorded sessions of a desk database, listed and opened for replay and export. */
public final class SessionLibrary {

    private final DeskStore store;

    public SessionLibrary(DeskStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Every recording, newest first. */
    public List<RecordedSession> sessions() {
        return store.transaction(c -> new SessionRecordings(c).list());
    }

    /**
     * A complete recording with its configuration, summary, report and a cursor at its start; the cursor
     * loads snapshots from the database as it seeks.
     * @throws IllegalArgumentException when there is no such recording or it is not complete
     */
    public OpenedSession open(long sessionId) {
        return store.transaction(c -> {
            SessionRecordings recordings = new SessionRecordings(c);
            RecordedSession session = recordings.find(sessionId).orElseThrow(() ->
                    new IllegalArgumentException("session: no recorded session " + sessionId));
            if (session.status() != RecordingStatus.COMPLETE) {
                throw new IllegalArgumentException("session: recording " + sessionId + " is " + session.status()
                        + ", only a complete one replays");
            }
            ConfigText config = ConfigText.of(recordings.config(sessionId), "session " + sessionId);
            String source = "session " + sessionId + " report";
            SessionReport report = SessionReportReader.read(recordings.report(sessionId).orElseThrow(), source);
            List<SnapshotMark> marks = recordings.snapshots(sessionId);
            List<Command> commands = CommandTape.decode(recordings.commands(sessionId));
            LongFunction<byte[]> snapshots = applied -> store.transaction(
                    again -> new SessionRecordings(again).snapshot(sessionId, applied));
            ReplayCursor cursor = LiveRecording.startsOnDesk(marks)
                    ? LiveRecording.cursor(config.config(), deskCatalogue(c, sessionId), commands, marks, snapshots)
                    : new ReplayCursor(config.config(), commands, marks, snapshots);
            List<String> summary = recordings.summary(sessionId).map(text -> List.of(text.split("\n"))).orElse(List.of());
            return new OpenedSession(session, config, summary, report, cursor);
        });
    }

    /** The catalogue the desk trades, which a session recorded live on it replays over. */
    private static Catalogue deskCatalogue(Connection c, long sessionId) throws SQLException {
        Catalogue catalogue = new CatalogueRepository(c).catalogue();
        if (catalogue.isEmpty()) {
            throw new IllegalArgumentException("session: recording " + sessionId + " was made live on the desk, and the"
                    + " database holds no catalogue of the desk's to replay it over");
        }
        return catalogue;
    }

    /** A recording by id, if there is one. */
    public Optional<RecordedSession> find(long sessionId) {
        return store.transaction(c -> new SessionRecordings(c).find(sessionId));
    }
}
