-- Simulated sessions recorded for replay (docs/SESSIONS.md, "Recording and replay"). A session is its
-- configuration (the suanli-session/1 text it ran), its seed and the commands it sent, in order: the
-- deterministic engine rebuilds any moment from them. Snapshots of the engine every so many commands
-- let a replay seek without running from the start. V5 is left to another branch (users' layouts).
CREATE TABLE recorded_sessions (
    session_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    seed              BIGINT NOT NULL,
    config            CLOB NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at          TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(16) NOT NULL,
    first_time        BIGINT,
    last_time         BIGINT,
    commands          BIGINT NOT NULL DEFAULT 0,
    events            BIGINT NOT NULL DEFAULT 0,
    trades            BIGINT NOT NULL DEFAULT 0,
    event_stream_hash CHAR(16),
    summary           CLOB,
    report            CLOB,
    CONSTRAINT recorded_sessions_status CHECK (status IN ('RECORDING', 'COMPLETE', 'FAILED'))
);

-- The commands, CommandEncoder's bytes back to back, numbered from 0 within the session, in chunks.
CREATE TABLE recorded_session_commands (
    session_id  BIGINT NOT NULL REFERENCES recorded_sessions (session_id) ON DELETE CASCADE,
    first_index BIGINT NOT NULL,
    last_index  BIGINT NOT NULL,
    commands    VARBINARY(16777216) NOT NULL,
    PRIMARY KEY (session_id, first_index),
    CONSTRAINT recorded_session_commands_range CHECK (last_index >= first_index)
);

-- The engine (Snapshot's format) after `applied` commands; `simulated_at` the last of them's time.
CREATE TABLE recorded_session_snapshots (
    session_id   BIGINT NOT NULL REFERENCES recorded_sessions (session_id) ON DELETE CASCADE,
    applied      BIGINT NOT NULL,
    simulated_at BIGINT NOT NULL,
    snapshot     BLOB NOT NULL,
    PRIMARY KEY (session_id, applied)
);
