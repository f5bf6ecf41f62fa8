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

    /** Every recording, newest first; none while the database is not open yet. */
    List<RecordedSession> sessions();

    /** A complete recording opened for replay. */
    OpenedSession open(long sessionId);

    /** The library of the desk's database; a recording asked for while it is still opening is refused, saying so. */
    static SessionSource of(Supplier<Optional<DeskStore>> store) {
        return new SessionSource() {
            @Override
            public List<RecordedSession> sessions() {
                return store.get().map(open -> new SessionLibrary(open).sessions()).orElse(List.of());
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
