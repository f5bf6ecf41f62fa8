-- Each engine snapshot keeps the last event sequence it contains (docs/JOURNAL.md, "Pruning"): pruning then
-- keeps the snapshot and the journal a recorder behind the stream needs to make its missing events again.
-- Snapshots stored before this column have none and are kept until a newer snapshot serves the recorder.
ALTER TABLE engine_snapshots ADD COLUMN event_sequence BIGINT;
