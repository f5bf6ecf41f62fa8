/**
 * The exchange host: one sequencer thread owns the engine; commands from every producer (GUI, command
 * line, sessions) arrive through one bounded queue, are journalled in batches (one H2 transaction a
 * batch: group commit), applied, and acknowledged with their journal sequence only once their batch is
 * durable. Events go out to subscribers through bounded per-subscriber queues that never block the
 * sequencer. At start the host recovers from the last snapshot and the journal after it; a stored
 * snapshot prunes the journal the older kept snapshot covers. See
 * docs/HOST.md.
 */
package com.suanli.data.host;
