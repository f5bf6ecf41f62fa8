package com.suanli.cluster.member;

import com.suanli.cluster.readmodel.ReadModelWriter;
import com.suanli.cluster.service.ExchangeService;
import com.suanli.cluster.service.ReplicatedExchange;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.EventFanOut;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.exchange.listing.Catalogue;
import io.aeron.archive.Archive;
import io.aeron.archive.ArchiveThreadingMode;
import io.aeron.archive.ArchiveTool;
import io.aeron.archive.client.AeronArchive;
import io.aeron.cluster.ClusteredMediaDriver;
import io.aeron.cluster.ConsensusModule;
import io.aeron.cluster.codecs.AdminRequestType;
import io.aeron.cluster.service.ClusteredServiceContainer;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.agrona.CloseHelper;
import org.agrona.concurrent.NoOpLock;
import org.agrona.concurrent.ShutdownSignalBarrier;

/**
 * One member of the replicated exchange in this process: an embedded media driver (one shared thread,
 * for small machines), the archive, the consensus module and the service container running
 * {@link ExchangeService} over the desk's exchange (docs/CLUSTER.md). Started by {@code desk server} or
 * by {@link #main} ({@code --member 0 --members h0,h1,h2 --dir DIR}); stopped by closing it (SIGTERM
 * for {@code main}).
 */
public final class ClusterMember implements AutoCloseable {

    /** How long a restart keeps trying while a killed predecessor's mark file still looks alive. */
    private static final long MARK_FILE_WAIT_MS = 30_000;

    /** Aeron's words when a recording's last fragment straddles a page the kill may not have written. */
    private static final String TORN_TAIL = "straddling page boundary";

    private final ClusteredMediaDriver driver;
    private final ClusteredServiceContainer container;
    private final ReadModelWriter readModel;

    private ClusterMember(ClusteredMediaDriver driver, ClusteredServiceContainer container, ReadModelWriter readModel) {
        this.driver = driver;
        this.container = container;
        this.readModel = readModel;
    }

    /**
     * Starts the member with the desk's exchange over the default catalogue. A member restarted right
     * after being killed finds its predecessor's mark files still fresh; it retries for up to 30 s, until
     * they are stale.
     */
    public static ClusterMember start(MemberConfig config) {
        return start(config, ExchangeService.FEED_HISTORY_BYTES, Transport.between(config.hosts()));
    }

    /**
     * Starts the member keeping {@code feedHistoryBytes} of applied messages for the feed's followers, its traffic
     * moving as {@code transport} says.
     */
    public static ClusterMember start(MemberConfig config, long feedHistoryBytes, Transport transport) {
        Catalogue catalogue = CatalogueJson.readDefault();
        try {
            Files.createDirectories(config.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("dir: cannot create " + config.directory() + ": " + e.getMessage(), e);
        }
        EventFanOut events = new EventFanOut();
        ReadModelWriter readModel = config.readModel() == null ? null
                : ReadModelWriter.open(config.readModel(), catalogue, events);
        ExchangeService service = new ExchangeService(new ReplicatedExchange(ExchangeSetup.desk(catalogue), events),
                config.directory(), notice -> System.out.println("member " + config.memberId() + ": " + notice),
                feedHistoryBytes, config.snapshots());
        long deadline = System.currentTimeMillis() + MARK_FILE_WAIT_MS;
        boolean tailRepaired = false;
        while (true) {
            ClusteredMediaDriver driver = null;
            try {
                driver = ClusteredMediaDriver.launch(driverContext(config, transport),
                        archiveContext(config, transport), consensusContext(config, transport));
                ClusteredServiceContainer container = ClusteredServiceContainer.launch(
                        serviceContext(config, service, transport));
                return new ClusterMember(driver, container, readModel);
            } catch (RuntimeException e) {
                CloseHelper.quietClose(driver);
                if (!tailRepaired && String.valueOf(e.getMessage()).contains(TORN_TAIL)) {
                    repairTornTail(config);
                    tailRepaired = true;
                    continue;
                }
                boolean markFile = String.valueOf(e.getMessage()).contains("active Mark file");
                if (!markFile || System.currentTimeMillis() > deadline) {
                    CloseHelper.quietClose(readModel);
                    throw e;
                }
                System.out.println("member " + config.memberId() + ": the killed predecessor's mark file is still"
                        + " fresh; trying again in 1 s");
                sleep(1_000);
            }
        }
    }

    /**
     * A member killed while its archive wrote a fragment across a page boundary leaves the recording's last
     * fragment possibly torn, and the archive refuses to start on it. What Aeron prescribes is ArchiveTool's
     * verify with the torn fragment cut off: everything before it is kept, and a committed entry the cut took
     * is on a majority of the other members, so the leader sends it again when this member catches up.
     */
    private static void repairTornTail(MemberConfig config) {
        File archive = new File(config.directory().toFile(), "archive");
        System.out.println("member " + config.memberId() + ": the archive's last fragment may be torn by the kill;"
                + " cutting it off (ArchiveTool verify) and starting again");
        ArchiveTool.verify(System.out, archive, EnumSet.noneOf(ArchiveTool.VerifyOption.class), null, file -> true);
    }

    private static MediaDriver.Context driverContext(MemberConfig config, Transport transport) {
        return new MediaDriver.Context()
                .aeronDirectoryName(config.aeronDirectory())
                .threadingMode(ThreadingMode.SHARED)
                .sharedIdleStrategy(transport.idle().get())
                .termBufferSparseFile(true)
                .dirDeleteOnStart(true)
                .dirDeleteOnShutdown(true);
    }

    private static Archive.Context archiveContext(MemberConfig config, Transport transport) {
        String host = config.host();
        return new Archive.Context()
                .aeronDirectoryName(config.aeronDirectory())
                .archiveDir(new File(config.directory().toFile(), "archive"))
                .archiveId(config.memberId())
                .controlChannel("aeron:udp?endpoint=" + host + ":" + config.port(config.memberId(), 1))
                .localControlChannel(localControlChannel())
                .replicationChannel("aeron:udp?endpoint=" + host + ":0")
                .recordingEventsEnabled(false)
                .threadingMode(ArchiveThreadingMode.SHARED)
                .idleStrategySupplier(transport.idle())
                .archiveClientContext(new AeronArchive.Context()
                        .controlResponseChannel("aeron:udp?endpoint=" + host + ":0"));
    }

    private static String localControlChannel() {
        return "aeron:ipc?term-length=64k";
    }

    /** The consensus module's and the service's way to the member's own archive. */
    private static AeronArchive.Context localArchive(MemberConfig config) {
        return new AeronArchive.Context()
                .aeronDirectoryName(config.aeronDirectory())
                .lock(NoOpLock.INSTANCE)
                .controlRequestChannel(localControlChannel())
                .controlResponseChannel(localControlChannel());
    }

    private static ConsensusModule.Context consensusContext(MemberConfig config, Transport transport) {
        long timeout = config.leaderHeartbeatTimeout().toNanos();
        return new ConsensusModule.Context()
                .aeronDirectoryName(config.aeronDirectory())
                .clusterMemberId(config.memberId())
                .clusterMembers(config.clusterMembers())
                .clusterDir(new File(config.directory().toFile(), "cluster"))
                .ingressChannel(transport.channel(null))
                .logChannel(transport.channel(null))
                .replicationChannel("aeron:udp?endpoint=" + config.host() + ":0")
                .archiveContext(localArchive(config))
                .leaderHeartbeatTimeoutNs(timeout)
                .leaderHeartbeatIntervalNs(timeout / 10)
                .electionTimeoutNs(Math.min(timeout, TimeUnit.SECONDS.toNanos(1)))
                .idleStrategySupplier(transport.idle())
                // Clients may ask for a snapshot (AdminRequestType.SNAPSHOT) and nothing else.
                .authorisationServiceSupplier(() -> (protocolId, actionId, type, principal) ->
                        type == AdminRequestType.SNAPSHOT);
    }

    private static ClusteredServiceContainer.Context serviceContext(MemberConfig config, ExchangeService service,
                                                                   Transport transport) {
        return new ClusteredServiceContainer.Context()
                .aeronDirectoryName(config.aeronDirectory())
                .clusterDir(new File(config.directory().toFile(), "cluster"))
                .archiveContext(localArchive(config))
                .idleStrategySupplier(transport.idle())
                .clusteredService(service);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to start", e);
        }
    }

    /** The read-model writer, when this member writes the read models. */
    public ReadModelWriter readModel() {
        return readModel;
    }

    @Override
    public void close() {
        CloseHelper.closeAll(container, driver, readModel);
    }

    /**
     * Runs a member until SIGTERM or SIGINT: {@code --member N --members h0,h1,h2 --dir DIR} and optionally
     * {@code --port-base}, {@code --aeron-dir}, {@code --read-model}, {@code --heartbeat-timeout-ms},
     * {@code --snapshot-interval} (minutes), {@code --snapshot-every} (commands),
     * {@code --feed-history-kb} (the feed's history, 65,536 KB by default; a test makes it small to send the
     * whole state), and the {@link Transport}'s {@code --mtu} (bytes) and {@code --idle-park-us} (the benchmark
     * compares them; by default {@link Transport#between} the members' hosts).
     */
    public static void main(String[] args) {
        MemberConfig config;
        long feedHistoryBytes;
        Transport transport;
        try {
            Map<String, String> options = options(args);
            String history = options.remove("feed-history-kb");
            feedHistoryBytes = history == null ? ExchangeService.FEED_HISTORY_BYTES : kilobytes(history);
            String mtu = options.remove("mtu");
            String park = options.remove("idle-park-us");
            config = MemberConfig.parse(options);
            Transport hosts = Transport.between(config.hosts());
            transport = new Transport(mtu == null ? hosts.mtu() : whole("--mtu", mtu),
                    park == null ? hosts.idlePark() : Duration.ofNanos(1_000L * whole("--idle-park-us", park)));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        runUntilStopped(config, feedHistoryBytes, transport,
                () -> System.out.println("member " + config.memberId() + " started"));
    }

    private static int whole(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a whole number");
        }
    }

    private static long kilobytes(String value) {
        try {
            long kilobytes = Long.parseLong(value.trim());
            if (kilobytes >= 1) {
                return kilobytes * 1024;
            }
        } catch (NumberFormatException e) {
            // refused below, naming the option
        }
        throw new IllegalArgumentException("--feed-history-kb: '" + value + "' is not a whole number of KB above 0");
    }

    /** Starts the member, calls {@code started}, and closes it at SIGTERM or SIGINT. */
    public static void runUntilStopped(MemberConfig config, Runnable started) {
        runUntilStopped(config, ExchangeService.FEED_HISTORY_BYTES, Transport.between(config.hosts()), started);
    }

    private static void runUntilStopped(MemberConfig config, long feedHistoryBytes, Transport transport,
                                        Runnable started) {
        ShutdownSignalBarrier barrier = new ShutdownSignalBarrier();
        try (ClusterMember member = start(config, feedHistoryBytes, transport)) {
            started.run();
            barrier.await();
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + ": expected --name value");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
