package com.suanli.cluster.service;

import com.suanli.cluster.protocol.Messages;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.exchange.engine.journal.Snapshot;
import io.aeron.ExclusivePublication;
import io.aeron.Image;
import io.aeron.Publication;
import io.aeron.cluster.ClusterControl;
import io.aeron.cluster.codecs.CloseReason;
import io.aeron.cluster.service.ClientSession;
import io.aeron.cluster.service.Cluster;
import io.aeron.cluster.service.ClusteredService;
import io.aeron.logbuffer.Header;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * The exchange as an Aeron Cluster service: every member applies the log's COMMANDS messages to its
 * {@link ReplicatedExchange} with the log's timestamp, and answers each with its outcomes. Only the
 * leader's answers leave the member: on a follower {@code ClientSession.offer} is Aeron's mocked offer,
 * which sends nothing, so the same code runs everywhere. Snapshots are the exchange's snapshot bytes.
 * A REPORT message makes every member write its state where the log reaches it ({@value #REPORT_FILE}
 * in its directory), which is how members are compared.
 *
 * <p>The feed (docs/CLUSTER.md, "The feed"): a client session that sent FOLLOW is sent every COMMANDS message
 * once it is applied, numbered and with its log timestamp, so the client can apply them to a mirror of the
 * exchange; while a follower wants them, each message carries the events its commands made too, encoded once
 * by every member (the log brings every member the FOLLOW), so that such a client needs no engine and a new
 * leader's history holds them as the old one's did. A FOLLOW is answered with what the follower missed from
 * the history ({@link FeedHistory}), or with the whole state when the history no longer reaches back that far
 * (or the follower asks for it, to seed its books).
 */
public final class ExchangeService implements ClusteredService {

    /** The file each member writes its state into at a REPORT message. */
    public static final String REPORT_FILE = "state-report.txt";
    /** How many times a reply is offered against back pressure before it is given up (the client resends). */
    private static final int OFFER_ATTEMPTS = 10_000;
    /**
     * FEED messages kept for followers that missed some: a failover's in-flight messages, many times over. With
     * their events a message is some 6 times longer (411 bytes a command against 65, docs/BENCHMARKS.md, "FIX
     * gateway", fix16k): 64 MB keep some 160,000 commands with events, 3 s at 50,000 a second.
     */
    public static final long FEED_HISTORY_BYTES = 64L << 20;
    /**
     * A live feed message is offered this many times against back pressure (at most about 6 ms with the idle
     * strategy's parks), then dropped: the follower finds the hole at the next message it gets and asks for it
     * again. Until it does, it is offered each message once, without waiting: a slow follower costs the service
     * thread that applies the log one such wait per hole, never a wait per message.
     */
    private static final int FEED_OFFER_ATTEMPTS = 100;
    /** The state goes to a follower in pieces of this size, far below the egress's largest message. */
    private static final int STATE_PIECE = 64 * 1024;

    private final ReplicatedExchange exchange;
    private final Path reportDirectory;
    private final Consumer<String> notices;
    private final OutcomeReply reply = new OutcomeReply();
    private final MutableDirectBuffer reportReply = new UnsafeBuffer(new byte[Messages.REPORTED_LENGTH]);
    private final MutableDirectBuffer followingReply = new UnsafeBuffer(new byte[Messages.FOLLOWING_LENGTH]);
    private final FeedHistory history;
    /** The sessions following the feed, by cluster session id; not replicated (a client follows again at a new leader). */
    private final Map<Long, Follower> followers = new LinkedHashMap<>();

    /** Followers that want the events: the members record them while there is one. */
    private int eventFollowers;

    /** A session following the feed; lagging once a live message was dropped for it, until it asks again. */
    private static final class Follower {
        private final ClientSession session;
        private final boolean events;
        private boolean lagging;

        Follower(ClientSession session, boolean events) {
            this.session = session;
            this.events = events;
        }
    }
    private Cluster cluster;
    private final SnapshotSchedule schedule;
    /** Commands applied and log time at the last snapshot (every member's alike: each takes every snapshot). */
    private long commandsAtSnapshot;
    private long timeAtSnapshot = Long.MIN_VALUE;
    /** The consensus module's control toggle, found at the first snapshot asked for. */
    private AtomicCounter controlToggle;

    /**
     * @param reportDirectory where this member writes its state reports; null for nowhere
     * @param notices where the member says what it did at start (the snapshot it restored) and what failed
     */
    public ExchangeService(ReplicatedExchange exchange, Path reportDirectory, Consumer<String> notices) {
        this(exchange, reportDirectory, notices, FEED_HISTORY_BYTES, SnapshotSchedule.NONE);
    }

    /**
     * @param feedHistoryBytes how many bytes of applied messages the member keeps for the feed's followers
     * @param schedule when the leader asks for a snapshot without a client asking
     */
    public ExchangeService(ReplicatedExchange exchange, Path reportDirectory, Consumer<String> notices,
                           long feedHistoryBytes, SnapshotSchedule schedule) {
        if (feedHistoryBytes < 1) {
            throw new IllegalArgumentException("feed history: " + feedHistoryBytes + " bytes; must be positive");
        }
        this.history = new FeedHistory(feedHistoryBytes);
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.reportDirectory = reportDirectory;
        this.notices = Objects.requireNonNull(notices, "notices");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    @Override
    public void onStart(Cluster cluster, Image snapshotImage) {
        this.cluster = cluster;
        if (snapshotImage != null) {
            SnapshotTransfer.Incoming snapshot = SnapshotTransfer.read(snapshotImage, cluster.idleStrategy());
            exchange.restore(snapshot);
            StateReport restored = exchange.report();
            notices.accept("restored a snapshot of " + snapshot.length() + " bytes: " + restored.commandsApplied()
                    + " commands applied, state hash " + Long.toHexString(restored.stateHash()));
            commandsAtSnapshot = restored.commandsApplied();
            timeAtSnapshot = exchange.engine().time();
        }
        history.startAfter(exchange.messagesApplied());
    }

    @Override
    public void onSessionOpen(ClientSession session, long timestamp) {
    }

    @Override
    public void onSessionClose(ClientSession session, long timestamp, CloseReason closeReason) {
        unfollow(session.id());
    }

    private void unfollow(long sessionId) {
        Follower gone = followers.remove(sessionId);
        if (gone != null && gone.events) {
            eventFollowers--;
        }
    }

    @Override
    public void onSessionMessage(ClientSession session, long timestamp, DirectBuffer buffer, int offset, int length,
                                 Header header) {
        byte kind = buffer.getByte(offset);
        if (kind == Messages.COMMANDS && length >= Messages.COMMANDS_HEADER) {
            // A follower's offer sends nothing (Aeron's mocked offer): it applies and remembers, and answers nothing.
            boolean leader = cluster.role() == Cluster.Role.LEADER;
            exchange.recordEvents(eventFollowers > 0);
            exchange.apply(buffer, offset, length, timestamp, leader ? reply : null);
            if (leader) {
                offer(session, reply.buffer(), reply.length());
            }
            DirectBuffer feed = history.record(exchange.messagesApplied(), timestamp, buffer, offset, length,
                    exchange.recordedEvents(), exchange.recordedEventsLength());
            if (leader && !followers.isEmpty()) {
                for (Follower follower : followers.values()) {
                    if (!offer(follower.session, feed, feed.capacity(), follower.lagging ? 1 : FEED_OFFER_ATTEMPTS)) {
                        follower.lagging = true;
                    }
                }
            }
            askForScheduledSnapshot(timestamp);
        } else if (kind == Messages.FOLLOW && length >= Messages.FOLLOW_LENGTH) {
            byte what = Messages.followWhat(buffer, offset);
            unfollow(session.id());
            Follower follower = new Follower(session, what != Messages.FOLLOW_COMMANDS);
            followers.put(session.id(), follower);
            if (follower.events) {
                eventFollowers++;
            }
            if (cluster.role() == Cluster.Role.LEADER) {
                follow(session, Messages.followRequestId(buffer, offset), Messages.followFrom(buffer, offset), what);
            }
        } else if (kind == Messages.REPORT && length >= Messages.REPORT_LENGTH) {
            StateReport report = exchange.report();
            writeReport(Messages.reportId(buffer, offset), report, header.position());
            offer(session, reportReply, Messages.writeReported(reportReply, 0, Messages.reportId(buffer, offset), report));
        }
    }

    /**
     * Answers a FOLLOW: the feed goes on from {@code from}, the kept messages first; when they no longer reach
     * back to it (with their events, for a follower of the events), or the follower asks for it, the whole state
     * as it stands now comes first and the feed goes on after it.
     */
    private void follow(ClientSession session, long requestId, long from, byte what) {
        long last = history.next() - 1;
        boolean reaches = switch (what) {
            case Messages.FOLLOW_COMMANDS -> history.reaches(from);
            case Messages.FOLLOW_EVENTS -> history.reachesEvents(from);
            default -> false;
        };
        if (reaches) {
            if (offer(session, followingReply, Messages.writeFollowing(followingReply, 0, requestId, from, last, 0),
                    OFFER_ATTEMPTS)) {
                // Stops at the first message refused: the follower asks again for what it was promised and lacks.
                history.from(from, message -> offer(session, message, message.capacity(), OFFER_ATTEMPTS));
            }
            return;
        }
        DirectBuffer state = exchange.snapshotBytes();
        offer(session, followingReply, Messages.writeFollowing(followingReply, 0, requestId, last + 1, last,
                state.capacity()));
        UnsafeBuffer piece = new UnsafeBuffer(new byte[Messages.STATE_HEADER + STATE_PIECE]);
        for (int at = 0; at < state.capacity(); at += STATE_PIECE) {
            int size = Math.min(STATE_PIECE, state.capacity() - at);
            Messages.writeStateHeader(piece, 0, at);
            piece.putBytes(Messages.STATE_HEADER, state, at, size);
            offer(session, piece, Messages.STATE_HEADER + size);
        }
        notices.accept("sent the state (" + state.capacity() + " bytes) to follower session " + session.id()
                + ", which asked for the feed from " + from + " of " + history.next());
    }

    /**
     * On the leader, once the schedule says so, flips the consensus module's control toggle to SNAPSHOT (what
     * {@code ClusterTool snapshot} does): the leader appends the snapshot to the log and every member takes it
     * there. The toggle stays SNAPSHOT until the snapshot is taken, so the messages applied meanwhile do not
     * ask again.
     */
    private void askForScheduledSnapshot(long timestamp) {
        if (timeAtSnapshot == Long.MIN_VALUE) {
            timeAtSnapshot = timestamp; // the log's first command: time runs from there
        }
        long commands = exchange.commandsApplied() - commandsAtSnapshot;
        if (cluster.role() != Cluster.Role.LEADER
                || !schedule.due(commands, cluster.timeUnit().toNanos(timestamp - timeAtSnapshot))) {
            return;
        }
        if (controlToggle == null) {
            controlToggle = ClusterControl.findControlToggle(cluster.aeron().countersReader(),
                    cluster.context().clusterId());
        }
        if (controlToggle != null && ClusterControl.ToggleState.SNAPSHOT.toggle(controlToggle)) {
            notices.accept("asked for a scheduled snapshot: " + commands + " commands since the last");
        }
    }

    private void offer(ClientSession session, DirectBuffer buffer, int length) {
        offer(session, buffer, length, OFFER_ATTEMPTS);
    }

    /** Offers up to {@code attempts} times against back pressure; true when the message was taken. */
    private boolean offer(ClientSession session, DirectBuffer buffer, int length, int attempts) {
        cluster.idleStrategy().reset();
        for (int attempt = 0; attempt < attempts; attempt++) {
            long result = session.offer(buffer, 0, length);
            if (result >= 0) {
                return true;
            }
            if (result == Publication.NOT_CONNECTED || result == Publication.CLOSED
                    || result == Publication.MAX_POSITION_EXCEEDED) {
                return false;
            }
            cluster.idleStrategy().idle();
        }
        return false;
    }

    private void writeReport(long reportId, StateReport report, long logPosition) {
        if (reportDirectory == null) {
            return;
        }
        String text = "report=" + reportId + "\nstateHash=" + Long.toHexString(report.stateHash())
                + "\nlastEventSequence=" + report.lastEventSequence() + "\ncommandsApplied=" + report.commandsApplied()
                + "\nlogPosition=" + logPosition + "\n";
        try {
            Path partial = reportDirectory.resolve(REPORT_FILE + ".partial");
            Files.writeString(partial, text);
            Files.move(partial, reportDirectory.resolve(REPORT_FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // A report is a side effect for the operator: failing to write it must not stop the member.
            notices.accept("state report " + reportId + ": " + e.getMessage());
        }
    }

    @Override
    public void onTimerEvent(long correlationId, long timestamp) {
    }

    @Override
    public void onTakeSnapshot(ExclusivePublication snapshotPublication) {
        Snapshot.Measured snapshot;
        try {
            snapshot = exchange.measureSnapshot(() -> SnapshotTransfer.keepAlive(cluster.idleStrategy()));
            SnapshotTransfer.write(snapshotPublication, snapshot, cluster.idleStrategy());
        } catch (IOException e) {
            throw new UncheckedIOException("snapshot: " + e.getMessage(), e);
        }
        commandsAtSnapshot = exchange.commandsApplied();
        timeAtSnapshot = cluster.time();
        notices.accept("took a snapshot of " + snapshot.size() + " bytes at " + commandsAtSnapshot
                + " commands applied");
    }

    @Override
    public void onRoleChange(Cluster.Role newRole) {
    }

    /**
     * Says who leads from here on, where the log reaches a new term: an operator watching a member's output sees a
     * failover, and which member took over. Told by the log, so every member says it, a follower catching up
     * and a member replaying its log at a restart too (of the terms it replays, as they were).
     */
    @Override
    public void onNewLeadershipTermEvent(long leadershipTermId, long logPosition, long timestamp,
                                         long termBaseLogPosition, int leaderMemberId, int logSessionId,
                                         TimeUnit timeUnit, int appVersion) {
        notices.accept("leader member " + leaderMemberId + " from term " + leadershipTermId + " (log position "
                + logPosition + "); this member " + (leaderMemberId == cluster.memberId() ? "leads" : "follows"));
    }

    @Override
    public void onTerminate(Cluster cluster) {
    }
}
