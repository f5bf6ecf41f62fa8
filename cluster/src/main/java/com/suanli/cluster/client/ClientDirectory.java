package com.suanli.cluster.client;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.aeron.CommonContext;
import org.agrona.IoUtil;

/**
 * A client's own media driver's directory on {@code /dev/shm}, named for the client and its process: 8 MB and more of
 * shared memory that only the client's close removes. A process that ended without it (killed, or its JVM gone
 * before the close ran: a desk stopped after its members were down kept one) leaves it until the machine restarts,
 * so every client that starts removes those of processes no longer running whose driver is silent
 * ({@link #removeOrphans}).
 */
final class ClientDirectory {

    private static final String PREFIX = "suanli-client-";
    /** {@code suanli-client-<client id>-<pid>}. */
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "\\d+-(\\d+)");

    private ClientDirectory() {
    }

    /** The directory of client {@code clientId} in this process. */
    static String of(long clientId) {
        return "/dev/shm/" + PREFIX + clientId + "-" + ProcessHandle.current().pid();
    }

    /**
     * Removes each client directory in {@code parent} whose process is no longer running and whose driver has not
     * beaten for Aeron's driver timeout (10 s); a directory of a running process, this one's included, and anything
     * not named as a client's are left alone.
     * @return the directories removed
     */
    static List<Path> removeOrphans(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(parent)) {
            List<Path> orphans = entries.filter(ClientDirectory::orphaned).toList();
            orphans.forEach(orphan -> IoUtil.delete(new File(orphan.toString()), true));
            return orphans;
        } catch (IOException e) {
            throw new UncheckedIOException("client directories in " + parent, e);
        }
    }

    private static boolean orphaned(Path entry) {
        Matcher name = NAME.matcher(entry.getFileName().toString());
        if (!name.matches() || !Files.isDirectory(entry)) {
            return false;
        }
        try {
            if (ProcessHandle.of(Long.parseLong(name.group(1))).isPresent()) {
                return false;
            }
        } catch (NumberFormatException tooLong) {
            return false;
        }
        // A process of another PID namespace sharing /dev/shm looks gone: its driver's heartbeat says it is not.
        return !CommonContext.isDriverActive(entry.toFile(), CommonContext.DEFAULT_DRIVER_TIMEOUT_MS, message -> { });
    }
}
