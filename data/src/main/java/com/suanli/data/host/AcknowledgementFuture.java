package com.suanli.data.host;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;
import java.util.concurrent.CompletableFuture;

/** The future {@link ExchangeHost#submit(Command)} returns, which is also the command's listener: one object a command. */
final class AcknowledgementFuture extends CompletableFuture<Acknowledged> implements AcknowledgementListener {

    @Override
    public void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected rejection) {
        complete(new Acknowledged(sequence, lastEventSequence, rejection));
    }

    @Override
    public void onFailed(Command command, Throwable reason) {
        completeExceptionally(reason);
    }
}
