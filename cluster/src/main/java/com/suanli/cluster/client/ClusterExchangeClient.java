package com.suanli.cluster.client;

import com.suanli.cluster.protocol.Messages;
import com.suanli.cluster.protocol.Outcome;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.journal.CommandEncoder;
import io.aeron.cluster.client.AeronCluster;
import io.aeron.cluster.client.ClusterException;
import io.aeron.cluster.client.EgressListener;
import io.aeron.cluster.codecs.AdminRequestType;
import io.aeron.cluster.codecs.AdminResponseCode;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import io.aeron.exceptions.TimeoutException;
import io.aeron.logbuffer.Header;
import io.aeron.protocol.DataHeaderFlyweight;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.agrona.BitUtil;
import org.agrona.CloseHelper;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A client of the replicated exchange. {@link #submit} numbers each command with the client's next
 * sequence and returns a future completed with its {@link Outcome} once the cluster has committed it
 * (a majority of members have it in their logs) and the leader applied it. One thread owns the
 * Aeron cluster session: it batches waiting commands into messages, keeps at most a window of them
 * unacknowledged, and after a failover (a new leader), a refused offer or a silence sends again
 * everything not yet acknowledged, under the same sequences; the members apply each sequence once and
 * answer a repeat with its first outcome. Futures complete on that thread: keep their callbacks short.
 * A client connected with a {@link FeedHandler} also follows the members' feed (docs/CLUSTER.md, "The feed").
 */
public final class ClusterExchangeClient implements AutoCloseable {

    /** Something for the client's thread: a command, a state report asked for, or a snapshot asked for. */
    private sealed interface Request permits Submission, ReportRequest, SnapshotRequest {
    }

    private record Submission(Command command, CompletableFuture<Outcome> outcome) implements Request {
    }

    private record ReportRequest(CompletableFuture<StateReport> report) implements Request {
    }

    private record SnapshotRequest(CompletableFuture<Void> done) implements Request {
    }

    /** How the client stands with the members: what a connected workstation's status bar says. */
    public enum Connection {
        /** A leader answers. */
        CONNECTED,
        /**
         * No member takes the client's messages (the ingress publication lost its leader), or the session closed:
         * looking for a leader; commands wait for it.
         */
        RECONNECTING,
        /**
         * No leader answered within {@link #RECONNECT_WAIT}: a new command is refused at once, unsent; still looking.
         * Commands sent before stay owed and go again to the next leader, applied once as after any failover.
         */
        NO_LEADER
    }

    /** How long a reconnection looks for a leader before new commands are refused. */
    static final Duration RECONNECT_WAIT = Duration.ofSeconds(30);
    private static final long KEEP_ALIVE_NS = TimeUnit.SECONDS.toNanos(1);
    /** Aeron's words when a member's ingress closed between the connection and the client's first message. */
    static final String LOST_CONNECTION = "unexpected loss of connection to cluster";
    /** The pause before trying again after such a loss: the members' election takes some hundreds of ms. */
    static final long LOST_CONNECTION_PAUSE_MS = 100;
    /** A message's bytes at most, before {@link #messageLimit} cuts them to whole frames (a 4 MB term: 512 KB). */
    private static final int MAX_MESSAGE = 64 * 1024;

    private final ClientConfig config;
    private final MediaDriver driver;
    /** The feed's follower, when the client follows it; null otherwise. */
    private final FeedFollower follower;
    private final BlockingQueue<Request> requests;
    private final Thread thread;
    private final IdleStrategy idle;
    private final Map<Long, CompletableFuture<StateReport>> reports = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Void>> snapshots = new ConcurrentHashMap<>();
    private final AtomicLong correlations = new AtomicLong();
    private final AtomicLong leaderChanges = new AtomicLong();
    private final AtomicLong resends = new AtomicLong();
    private volatile boolean running = true;
    private volatile int leaderMemberId = -1;
    /** Client thread: the leadership term of the leader last told to {@link #leaderListener}. */
    private long leadershipTermId = -1;
    private volatile LeaderListener leaderListener = (term, member) -> { };
    private volatile Connection connection = Connection.CONNECTED;
    /** Client thread: since when no member has taken the client's messages; 0 while one does. */
    private long lostAtNs;

    // Client-thread state.
    private AeronCluster cluster;
    /**
     * The commands numbered and not yet acknowledged, and their futures, by sequence modulo the window. A command is
     * encoded straight into the message each time it is sent (again after a failover; the records are immutable, so
     * the bytes are the same): no encoded array and holder a command kept until its acknowledgement, and no copy of
     * it into the message (docs/BENCHMARKS.md, "Aeron Cluster", cluster16n).
     */
    private final Command[] commands;
    private final CompletableFuture<Outcome>[] outcomes;
    private final int mask;
    private long lastAssigned;
    private long firstUnacknowledged = 1;
    private long sentUpTo;
    private long lastProgressNs;
    private long lastSendNs;
    private final Queue<Long> reportsToSend = new ArrayDeque<>();
    /** The requests {@link #take} drained from the queue, handled in order. */
    private final List<Request> taken = new ArrayList<>();
    /** A COMMANDS message's bytes at most (one command alone may be longer): {@link #messageLimit} of the transport. */
    private final int messageLimit;
    private final ExpandableArrayBuffer message = new ExpandableArrayBuffer(MAX_MESSAGE);
    /** {@link #message}'s array, for the encoder; wrapped again when the message grows for one long command. */
    private ByteBuffer encoder = ByteBuffer.wrap(message.byteArray()).order(ByteOrder.LITTLE_ENDIAN);
    private final UnsafeBuffer reportMessage = new UnsafeBuffer(new byte[Messages.REPORT_LENGTH]);

    private ClusterExchangeClient(ClientConfig config, MediaDriver driver, FeedHandler feed) {
        this.config = config;
        this.driver = driver;
        this.idle = config.transport().idle().get();
        this.messageLimit = messageLimit(config.transport().mtu());
        this.follower = feed == null ? null : new FeedFollower(feed, config.clientId(), config.resendAfter().toNanos());
        this.requests = new ArrayBlockingQueue<>(2 * config.window());
        int ring = BitUtil.findNextPositivePowerOfTwo(config.window());
        this.commands = new Command[ring];
        @SuppressWarnings("unchecked")
        CompletableFuture<Outcome>[] futures = new CompletableFuture[ring];
        this.outcomes = futures;
        this.mask = ring - 1;
        this.thread = new Thread(this::run, "cluster-client-" + config.clientId());
        thread.setDaemon(true);
    }

    /**
     * Starts the client's media driver and connects to the cluster, waiting up to {@code timeout} for a
     * leader to answer (a cluster just started elects one within a few seconds).
     * @throws IllegalStateException when no leader answered in time
     */
    public static ClusterExchangeClient connect(ClientConfig config, Duration timeout) {
        return connect(config, timeout, null);
    }

    /**
     * Connects as {@link #connect(ClientConfig, Duration)} does, and follows the members' feed from its first
     * message: {@code feed} is handed every COMMANDS message the members applied, in order, or the whole state
     * first when the leader's history no longer reaches back to the beginning.
     * @param feed null for a client that does not follow the feed
     */
    public static ClusterExchangeClient connect(ClientConfig config, Duration timeout, FeedHandler feed) {
        Objects.requireNonNull(config, "config");
        Path directory = Path.of(config.aeronDirectory());
        if (directory.getParent() != null) {
            ClientDirectory.removeOrphans(directory.getParent());
        }
        MediaDriver driver = MediaDriver.launchEmbedded(new MediaDriver.Context()
                .aeronDirectoryName(config.aeronDirectory())
                .threadingMode(ThreadingMode.SHARED)
                .sharedIdleStrategy(config.transport().idle().get())
                .termBufferSparseFile(true)
                .dirDeleteOnStart(true)
                .dirDeleteOnShutdown(true));
        ClusterExchangeClient client = new ClusterExchangeClient(config, driver, feed);
        try {
            client.cluster = client.connectWithin(timeout);
        } catch (RuntimeException e) {
            CloseHelper.quietClose(driver);
            throw e;
        }
        client.leaderMemberId = client.cluster.leaderMemberId();
        client.leadershipTermId = client.cluster.leadershipTermId();
        client.thread.start();
        return client;
    }

    private AeronCluster connectWithin(Duration timeout) {
        return untilConnected(() -> AeronCluster.connect(new AeronCluster.Context()
                .aeronDirectoryName(config.aeronDirectory())
                .ingressChannel(config.transport().channel(null))
                .egressChannel(config.transport().channel(config.egressHost() + ":0"))
                .ingressEndpoints(config.ingressEndpoints())
                .egressListener(new Egress())), timeout, config.ingressEndpoints());
    }

    /**
     * Tries {@code attempt} until it connects or {@code timeout} passed. A cluster starting or electing a leader
     * answers some attempts with no leader in time, a publication not yet registered, or a member's ingress gone
     * between the connection and the first message (Aeron's "unexpected loss of connection to cluster": members
     * starting under load met it in their first elections, docs/BENCHMARKS.md, "Aeron Cluster", cluster16l); each is
     * tried again, the loss after {@link #LOST_CONNECTION_PAUSE_MS}, as it comes at once. Anything else (a session
     * refused, a wrong endpoint) is thrown as it is.
     * @throws IllegalStateException when no attempt connected in time, with the last attempt's reason
     */
    static <T> T untilConnected(Supplier<T> attempt, Duration timeout, String endpoints) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            RuntimeException failure;
            try {
                return attempt.get();
            } catch (TimeoutException | io.aeron.exceptions.RegistrationException e) {
                failure = e;
            } catch (ClusterException e) {
                if (!String.valueOf(e.getMessage()).contains(LOST_CONNECTION)) {
                    throw e;
                }
                failure = e;
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(LOST_CONNECTION_PAUSE_MS));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cluster: no leader answered at " + endpoints + " within "
                        + timeout.toSeconds() + " s: " + failure.getMessage(), failure);
            }
        }
    }

    /**
     * Queues a command; waits only while the client's queue is full. The future completes with the
     * command's outcome once committed and applied (accepted or refused by the engine), or fails when the
     * client is closed first.
     */
    public CompletableFuture<Outcome> submit(Command command) {
        Objects.requireNonNull(command, "command");
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        enqueue(new Submission(command, outcome), outcome);
        return outcome;
    }

    /**
     * Asks every member to report its state where the log reaches this request (each writes it into its
     * directory); the future holds the leader's report.
     */
    public CompletableFuture<StateReport> report() {
        CompletableFuture<StateReport> report = new CompletableFuture<>();
        enqueue(new ReportRequest(report), report);
        return report;
    }

    /** Asks the cluster to take a snapshot now; completes once the members took it. */
    public CompletableFuture<Void> takeSnapshot() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        enqueue(new SnapshotRequest(done), done);
        return done;
    }

    private void enqueue(Request request, CompletableFuture<?> outcome) {
        if (!running) {
            outcome.completeExceptionally(new IllegalStateException("cluster client: closed"));
            return;
        }
        if (connection == Connection.NO_LEADER) {
            outcome.completeExceptionally(noLeader());
            return;
        }
        try {
            requests.put(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome.completeExceptionally(e);
        }
    }

    /** Whether a leader answers, or the client is looking for one. */
    public Connection connection() {
        return connection;
    }

    private NoLeader noLeader() {
        return new NoLeader(config.ingressEndpoints(), RECONNECT_WAIT);
    }

    /** The member the client last heard was leader. */
    public int leaderMemberId() {
        return leaderMemberId;
    }

    /** Told of each leader after the one the client connected to, in a later leadership term. */
    @FunctionalInterface
    public interface LeaderListener {
        /** On the client's thread: keep it short. */
        void onNewLeader(long leadershipTermId, int leaderMemberId);
    }

    /**
     * From now on {@code listener} is told of each new leader the client follows: told by the old session (Aeron's
     * new-leader event) or found by a new one, once per leadership term.
     */
    public void onNewLeader(LeaderListener listener) {
        leaderListener = Objects.requireNonNull(listener, "listener");
    }

    /** Client thread: the leader the client follows now; a listener hears of a later term's once. */
    private void follows(long term, int member) {
        leaderMemberId = member;
        if (term > leadershipTermId) {
            leadershipTermId = term;
            leaderListener.onNewLeader(term, member);
        }
    }

    /** New leaders the client was told of since it connected. */
    public long leaderChanges() {
        return leaderChanges.get();
    }

    /** Times the client sent its unacknowledged commands again. */
    public long resends() {
        return resends.get();
    }

    /** FOLLOW requests the client sent (at connection, at each new leader, for each hole in the feed); 0 without a feed. */
    public long feedRequests() {
        return follower == null ? 0 : follower.follows();
    }

    /**
     * Asks the leader for the exchange's whole state as it stands now, handed to the feed's handler in order
     * before the next message ({@link FeedHandler#onState}): a client of the events seeds its books from it.
     * @throws IllegalStateException for a client that does not follow the feed
     */
    public void askForState() {
        if (follower == null) {
            throw new IllegalStateException("cluster client: no feed followed, no state to ask for");
        }
        follower.askForState();
    }

    /** Times the feed brought the whole state instead of the messages missed; 0 without a feed. */
    public long feedStates() {
        return follower == null ? 0 : follower.states();
    }

    private void run() {
        lastProgressNs = System.nanoTime();
        try {
            while (running) {
                int work = take() + send() + sendReports();
                if ((cluster.isClosed() || connection == Connection.NO_LEADER) && !reconnect()) {
                    break;
                }
                work += cluster.pollEgress();
                long now = System.nanoTime();
                standing(now);
                if (follower != null) {
                    work += follower.poll(cluster::offer, now);
                }
                if (firstUnacknowledged <= sentUpTo && now - lastProgressNs > config.resendAfter().toNanos()) {
                    resendAll();
                }
                if (work == 0) {
                    if (now - lastSendNs > KEEP_ALIVE_NS && cluster.sendKeepAlive()) {
                        lastSendNs = now;
                    }
                    idle.idle();
                } else {
                    idle.reset();
                }
            }
        } catch (RuntimeException e) {
            failAll(e);
            throw e;
        }
        failAll(new IllegalStateException("cluster client: closed"));
    }

    /**
     * Takes waiting requests while the window has room, all at once (one lock of the queue, not one a request);
     * numbers the commands.
     */
    private int take() {
        int room = (int) (config.window() - (lastAssigned - firstUnacknowledged + 1));
        if (room <= 0 || requests.drainTo(taken, room) == 0) {
            return 0;
        }
        int count = taken.size();
        for (int i = 0; i < count; i++) {
            Request request = taken.get(i);
            if (request instanceof Submission s) {
                int at = (int) (++lastAssigned & mask);
                commands[at] = s.command();
                outcomes[at] = s.outcome();
            } else if (request instanceof ReportRequest r) {
                long id = correlations.incrementAndGet();
                reports.put(id, r.report());
                reportsToSend.add(id);
            } else if (request instanceof SnapshotRequest snapshot) {
                long id = correlations.incrementAndGet();
                snapshots.put(id, snapshot.done());
                if (!cluster.sendAdminRequestToTakeASnapshot(id)) {
                    snapshots.remove(id).completeExceptionally(new IllegalStateException("snapshot: not sent"));
                }
            }
        }
        taken.clear();
        return count;
    }

    /**
     * The longest COMMANDS message that, with the cluster's session header, fills whole frames of {@code mtu}: at most
     * 64 KB. A message a few bytes into one more frame costs a datagram more on every hop (the client's ingress, the
     * leader's log to each follower) and a reassembly into a copy at the leader's consensus module and in every
     * member's service; with 64 KB frames and the seeded load's commands (65 bytes on average) nearly every message of
     * 1,024 commands went so, 64 KB and up to 96 bytes more (docs/BENCHMARKS.md, "Aeron Cluster", cluster16m).
     */
    static int messageLimit(int mtu) {
        int payload = mtu - DataHeaderFlyweight.HEADER_LENGTH;
        return Math.max(1, MAX_MESSAGE / payload) * payload - AeronCluster.SESSION_HEADER_LENGTH;
    }

    /** Sends the numbered commands not yet sent, a batch a message, until the cluster pushes back. */
    private int send() {
        int messages = 0;
        while (sentUpTo < lastAssigned) {
            long first = sentUpTo + 1;
            int count = 0;
            int length = Messages.COMMANDS_HEADER;
            while (count < config.batch() && first + count <= lastAssigned) {
                Command command = commands[(int) ((first + count) & mask)];
                int size = CommandEncoder.length(command);
                if (count > 0 && length + size > messageLimit) {
                    break;
                }
                encodeAt(length, command, size);
                length += size;
                count++;
            }
            Messages.writeCommandsHeader(message, 0, config.clientId(), first, count);
            if (cluster.offer(message, 0, length) < 0) {
                // Back pressure, or no leader to send to (a failover): what is unsent goes later, or again
                // from the first unacknowledged once the new leader is known.
                break;
            }
            sentUpTo = first + count - 1;
            lastSendNs = System.nanoTime();
            messages++;
        }
        return messages;
    }

    /** Encodes {@code command}, {@code size} bytes, into the message at {@code offset}. */
    private void encodeAt(int offset, Command command, int size) {
        message.checkLimit(offset + size);
        if (encoder.array() != message.byteArray()) {
            encoder = ByteBuffer.wrap(message.byteArray()).order(ByteOrder.LITTLE_ENDIAN);
        }
        encoder.limit(offset + size).position(offset);
        CommandEncoder.encode(command, encoder);
    }

    private int sendReports() {
        int sent = 0;
        Long id;
        while ((id = reportsToSend.peek()) != null) {
            int length = Messages.writeReport(reportMessage, 0, config.clientId(), id);
            if (cluster.offer(reportMessage, 0, length) < 0) {
                break;
            }
            reportsToSend.poll();
            sent++;
        }
        return sent;
    }

    /** Everything unacknowledged goes again, and so do the reports not yet answered. */
    private void resendAll() {
        sentUpTo = firstUnacknowledged - 1;
        lastProgressNs = System.nanoTime();
        reportsToSend.clear();
        reportsToSend.addAll(reports.keySet());
        resends.incrementAndGet();
    }

    /**
     * Whether a leader takes the client's messages. Aeron keeps a session whose members all died open for minutes
     * (ConnectedDeskStopTest: none closed within 150 s), so the ingress publication's connection is what tells: lost
     * is {@link Connection#RECONNECTING} at once (a failover's election is that too, for its second or two), and
     * {@link Connection#NO_LEADER} after {@link #RECONNECT_WAIT}, refusing what waits unsent.
     */
    private void standing(long now) {
        if (cluster.ingressPublication().isConnected()) {
            lostAtNs = 0;
            if (connection != Connection.CONNECTED) {
                connection = Connection.CONNECTED;
            }
        } else if (lostAtNs == 0) {
            lostAtNs = now;
            connection = Connection.RECONNECTING;
        } else if (connection == Connection.RECONNECTING && now - lostAtNs > RECONNECT_WAIT.toNanos()) {
            connection = Connection.NO_LEADER;
            refuseUnsent(noLeader());
        }
    }

    /**
     * Looks for a leader with a new session until one answers or the client is closed (false): after the session
     * closed, or once no leader took the client's messages for {@link #RECONNECT_WAIT}. Each {@link #RECONNECT_WAIT}
     * without one, what waits unsent in the queue is refused and so is every new command until a leader answers: a trader
     * is told at once, not left waiting on a cluster that is down. What was sent stays owed (it may be in the log)
     * and goes again to the next leader.
     */
    private boolean reconnect() {
        // A session Aeron kept open with no leader is closed here and a new one sought, as the members that come
        // back may elect another leader and may have ended the old session meanwhile.
        if (connection != Connection.NO_LEADER) {
            connection = Connection.RECONNECTING;
        }
        CloseHelper.quietClose(cluster);
        while (running) {
            try {
                cluster = connectWithin(RECONNECT_WAIT);
            } catch (IllegalStateException none) {
                connection = Connection.NO_LEADER;
                refuseUnsent(noLeader());
                continue;
            }
            follows(cluster.leadershipTermId(), cluster.leaderMemberId());
            connection = Connection.CONNECTED;
            lostAtNs = 0;
            resendAll();
            if (follower != null) {
                follower.followAgain();
            }
            return true;
        }
        return false;
    }

    private void acknowledge(Outcome outcome) {
        long sequence = outcome.clientSequence();
        if (sequence < firstUnacknowledged || sequence > lastAssigned) {
            return; // the answer to a resend of something already acknowledged
        }
        outcomes[(int) (sequence & mask)].complete(outcome);
        while (firstUnacknowledged <= lastAssigned && outcomes[(int) (firstUnacknowledged & mask)].isDone()) {
            int at = (int) (firstUnacknowledged & mask);
            commands[at] = null;
            outcomes[at] = null;
            firstUnacknowledged++;
        }
        // Answers to the first sending that come after a resend began: what they acknowledge (and dropped from the
        // ring) is not sent again.
        sentUpTo = Math.max(sentUpTo, firstUnacknowledged - 1);
        lastProgressNs = System.nanoTime();
    }

    /** The cluster's answers, on the client's thread inside {@code pollEgress}. */
    private final class Egress implements EgressListener, Messages.OutcomeHandler {

        @Override
        public void onMessage(long clusterSessionId, long timestamp, DirectBuffer buffer, int offset, int length,
                              Header header) {
            byte kind = buffer.getByte(offset);
            if (kind == Messages.OUTCOMES) {
                Messages.readOutcomes(buffer, offset, this);
            } else if (kind == Messages.REPORTED) {
                CompletableFuture<StateReport> report = reports.remove(buffer.getLong(offset + 1));
                if (report != null) {
                    report.complete(Messages.readReported(buffer, offset));
                }
            } else if (follower != null) {
                follower.onMessage(buffer, offset, length);
            }
        }

        @Override
        public void onOutcomes(long expected, boolean gap) {
            if (gap && expected - 1 < sentUpTo) {
                // A message before this one never reached the log: send again from what the exchange waits for.
                sentUpTo = Math.max(firstUnacknowledged - 1, expected - 1);
            }
        }

        @Override
        public void onOutcome(Outcome outcome) {
            acknowledge(outcome);
        }

        @Override
        public void onNewLeader(long clusterSessionId, long leadershipTermId, int leaderMemberId,
                                String ingressEndpoints) {
            follows(leadershipTermId, leaderMemberId);
            leaderChanges.incrementAndGet();
            resendAll();
            if (follower != null) {
                follower.followAgain();
            }
        }

        @Override
        public void onAdminResponse(long clusterSessionId, long correlationId, AdminRequestType requestType,
                                    AdminResponseCode responseCode, String message, DirectBuffer payload,
                                    int payloadOffset, int payloadLength) {
            CompletableFuture<Void> done = snapshots.remove(correlationId);
            if (done != null) {
                if (responseCode == AdminResponseCode.OK) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(new IllegalStateException("snapshot: " + responseCode + " " + message));
                }
            }
        }
    }

    private void failAll(Throwable reason) {
        for (long sequence = firstUnacknowledged; sequence <= lastAssigned; sequence++) {
            CompletableFuture<Outcome> outcome = outcomes[(int) (sequence & mask)];
            if (outcome != null) {
                outcome.completeExceptionally(reason);
            }
        }
        refuseUnsent(reason);
    }

    /** Fails what waits in the queue (never numbered, so never sent) and the reports and snapshots asked for. */
    private void refuseUnsent(Throwable reason) {
        Request request;
        while ((request = requests.poll()) != null) {
            if (request instanceof Submission s) {
                s.outcome().completeExceptionally(reason);
            } else if (request instanceof ReportRequest r) {
                r.report().completeExceptionally(reason);
            } else if (request instanceof SnapshotRequest snapshot) {
                snapshot.done().completeExceptionally(reason);
            }
        }
        reports.values().forEach(f -> f.completeExceptionally(reason));
        reports.clear();
        snapshots.values().forEach(f -> f.completeExceptionally(reason));
        snapshots.clear();
    }

    /** Stops the client's thread, failing what is unacknowledged, and closes the session and the driver. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CloseHelper.quietCloseAll(cluster, driver);
    }
}
