package com.suanli.data.host;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;

/**
 * Told of each command's outcome, for a producer that submits at a high rate and wants no object made per
 * command ({@link ExchangeHost#submit(Command, AcknowledgementListener)}); the workstation and the command
 * line take a {@link java.util.concurrent.CompletableFuture} instead. {@link #onAcknowledged} is called on
 * the host's sequencer: return at once (hand the work to a thread of your own) and throw nothing, since every
 * command behind this one waits for the call. One producer's commands are told of in the order it submitted
 * them, acknowledged or failed alike: {@link #onFailed} too is called on the sequencer, in the queue's order,
 * for a command the host took before its journal failed or it stopped; a command submitted after that is
 * refused on the submitting thread, and only once every command taken before it was told. From its call a listener
 * may submit, ask or close the host: the sequencer never waits for room (what it submits into a full queue waits in
 * its backlog, in order), and a close there asks for the stop and returns (docs/HOST.md). It must not wait on the
 * host, as by joining a future: the sequencer would wait for itself.
 */
public interface AcknowledgementListener {

    /**
     * The command is durable in the journal and was applied.
     * @param sequence its journal sequence
     * @param lastEventSequence the engine's event sequence after it: its events end there
     * @param rejection the engine's first refusal among its events, or null when it was accepted
     */
    void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected rejection);

    /** The command was not journalled (the journal failed, or the host stopped): it is not in the exchange's history. */
    void onFailed(Command command, Throwable reason);
}
