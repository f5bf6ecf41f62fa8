/**
 * What a journal or a replicated log needs from the core, without any storage of its own: the
 * compact binary encoding of every command ({@link com.suanli.exchange.engine.journal.CommandEncoder},
 * {@link com.suanli.exchange.engine.journal.CommandDecoder}) and the sectioned snapshot of the
 * exchange state ({@link com.suanli.exchange.engine.journal.Snapshot}). No third-party dependency,
 * no I/O beyond the caller's buffers and streams, so an H2 journal or an Aeron Cluster service can
 * host it alike. The formats are in docs/JOURNAL.md.
 */
package com.suanli.exchange.engine.journal;
