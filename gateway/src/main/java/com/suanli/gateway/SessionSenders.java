package com.suanli.gateway;

import com.suanli.gateway.fix.Outbox;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;

/**
 * Sends each session's messages on a thread of that session's own, in the order they were handed over. The
 * exchange's one event thread then only decides what to report: encoding a report, stamping its header and
 * writing it to the socket (two thirds of that thread's time in the profile, docs/BENCHMARKS.md "FIX
 * gateway") run beside it, one session's beside another's.
 */
final class SessionSenders implements Outbox, AutoCloseable {

    private final Map<SessionID, ExecutorService> senders = new ConcurrentHashMap<>();

    @Override
    public void send(SessionID id, Message message) {
        senders.computeIfAbsent(id, SessionSenders::sender).execute(() -> {
            Session session = Session.lookupSession(id);
            if (session != null) {
                session.send(message);
            }
        });
    }

    /** The session logged out: its thread ends once what was handed to it is sent. */
    void drop(SessionID id) {
        ExecutorService sender = senders.remove(id);
        if (sender != null) {
            sender.shutdown();
        }
    }

    @Override
    public void close() {
        senders.values().forEach(ExecutorService::shutdown);
        senders.clear();
    }

    private static ExecutorService sender(SessionID id) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fix-send-" + id.getTargetCompID());
            thread.setDaemon(true);
            return thread;
        });
    }
}
