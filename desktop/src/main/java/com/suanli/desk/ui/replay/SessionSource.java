package com.suanli.desk.ui.replay;

import com.suanli.data.session.RecordedSession;
import com.suanli.data.store.DeskStore;
import com.suanli.sessions.record.OpenedSession;
import com.suanli.sessions.record.SessionLibrary;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Where the workspace finds recorded sessions: the desk database's library, once the database is open. */
public interface SessionSource {

    /** Every recording, newest first. */
    List<RecordedSession> sessions();

    /** A complete recording opened for replay. */
    OpenedSession open(long sessionId);

    /** The library of the desk's database; asked while it is still opening, it says so. */
    static SessionSource of(Supplier<Optional<DeskStore>> store) {
        return new SessionSource() {
            @Override
            public List<RecordedSession> sessions() {
                return library().sessions();
            }

            @Override
            public OpenedSession open(long sessionId) {
                return library().open(sessionId);
            }

            private SessionLibrary library() {
                return new SessionLibrary(store.get().orElseThrow(() -> new IllegalStateException(
                        "database: not open yet; it opens with the engine")));
            }
        };
    }
}
