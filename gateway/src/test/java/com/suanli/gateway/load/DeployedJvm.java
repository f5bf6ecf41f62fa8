package com.suanli.gateway.load;

import com.suanli.cluster.member.JvmArgumentFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options {@code ./desk gateway --cluster} runs the gateway with: {@code desktop/src/jvm/desk.args}, then
 * {@code gateway/src/jvm/cluster-gateway.args}, java argument files of the checkout this JVM runs in (the working
 * directory or one above it). {@link GatewayLoad}'s gateway runs in its own JVM, so a figure over the cluster is the
 * deployed gateway's only when that JVM was started with them: {@code java @desktop/src/jvm/desk.args
 * @gateway/src/jvm/cluster-gateway.args -cp ... GatewayLoad ...}.
 */
final class DeployedJvm {

    static final List<String> FILES = List.of("desktop/src/jvm/desk.args", "gateway/src/jvm/cluster-gateway.args");

    private DeployedJvm() {
    }

    /** The deployed options, in the launcher's order. */
    static List<String> options() {
        Path root = checkout();
        List<String> options = new ArrayList<>();
        for (String file : FILES) {
            options.addAll(argumentFile(root.resolve(file)));
        }
        return options;
    }

    /** The deployed options this JVM was not started with (none when it runs as deployed). */
    static List<String> missing() {
        List<String> running = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return options().stream().filter(option -> !running.contains(option)).toList();
    }

    /** The options this JVM was started with beyond the deployed ones (a heap's size, a recording). */
    static List<String> extra() {
        List<String> deployed = options();
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !deployed.contains(option) && !option.startsWith("-Dload.")).toList();
    }

    /** A java argument file's options: separated by white space, {@code #} to the line's end a comment. */
    private static List<String> argumentFile(Path file) {
        try {
            return JvmArgumentFile.options(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the deployed gateway's options could not be read from " + file, e);
        }
    }

    /** The checkout: the working directory or the nearest one above it that holds the {@code desk} launcher. */
    private static Path checkout() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("desk")) && Files.isDirectory(dir.resolve("gateway"))) {
                return dir;
            }
        }
        throw new IllegalStateException("GatewayLoad over the cluster runs from the checkout (it reads "
                + FILES + "); the working directory " + Path.of("").toAbsolutePath() + " is not in one");
    }
}
