-- The exchange host's command journal (docs/HOST.md): one row per group-committed batch, keyed by the
-- journal sequence (command number) of its first command; the commands are CommandEncoder's bytes,
-- back to back, numbered first_sequence..last_sequence.
CREATE TABLE command_journal (
    first_sequence BIGINT PRIMARY KEY,
    last_sequence  BIGINT NOT NULL,
    commands       VARBINARY(16777216) NOT NULL,
    CONSTRAINT command_journal_range CHECK (last_sequence >= first_sequence)
);

-- Engine snapshots (Snapshot's format): the state after the command numbered journal_sequence.
CREATE TABLE engine_snapshots (
    journal_sequence BIGINT PRIMARY KEY,
    taken_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    snapshot         BLOB NOT NULL
);
