package com.suanli.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ./desk starts the window with after a build: on JDK 17 the class data sharing archive of the committed class
 * list; on JDK 25 an archive of its own list too (the first start after a build included) until a session has trained
 * the AOT cache, which the everyday session after the archive's first one does, and the cache from then on. The real
 * launcher runs in bash in a checkout of its own (the jar, the library folders, desktop/src/jvm and the class list),
 * on a stand-in JDK whose java writes what a dump, a recording or a cache's creation would, and notes every command
 * line it was given.
 */
class DeskStartCacheTest {

    private static final String SESSION = "com.suanli.desk.app.Desk";

    @TempDir
    Path root;

    private Path target;
    private Path calls;

    @BeforeEach
    void checkout() throws IOException, InterruptedException {
        Files.copy(Path.of("../desk").toAbsolutePath(), root.resolve("desk"), StandardCopyOption.COPY_ATTRIBUTES);
        Path jvm = Files.createDirectories(root.resolve("desktop/src/jvm"));
        for (String file : List.of("java.sh", "desk.args", "desk-25.args", "window.args")) {
            Files.copy(Path.of("src/jvm", file), jvm.resolve(file));
        }
        Files.createDirectories(root.resolve("desktop/src/cds"));
        for (String list : List.of("desk-start.classlist", "desk-start-25.classlist")) {
            Files.writeString(root.resolve("desktop/src/cds").resolve(list), "java/lang/Object\n");
        }
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        target = Files.createDirectories(root.resolve("desktop/target"));
        Files.createDirectories(target.resolve("lib"));
        Files.createDirectories(target.resolve("javafx"));
        built();
        calls = root.resolve("calls");
    }

    @Test
    void on_jdk_25_the_first_start_after_a_build_maps_the_archive_the_next_trains_the_cache_and_the_rest_use_it()
            throws Exception {
        Path java = jdk("25.0.3");

        Result first = desk(java);
        assertThat(first.err()).contains("archiving the start's classes").doesNotContain("trains");
        assertThat(first.calls()).anyMatch(call -> call.contains("-Xshare:dump -XX:+AOTClassLinking")
                && call.contains("/desktop/src/cds/desk-start-25.classlist"));
        assertThat(session(first)).contains("-XX:SharedArchiveFile=" + target.resolve("desk-start.jsa"))
                .doesNotContain("AOTMode");

        Result second = desk(java);
        assertThat(second.err()).contains("this session trains the start's AOT cache")
                .doesNotContain("archiving");
        assertThat(session(second)).contains("-XX:AOTMode=record").doesNotContain("SharedArchiveFile");
        assertThat(target.resolve("desk-start.aot")).exists();

        Result third = desk(java);
        assertThat(third.err()).isEmpty();
        assertThat(session(third)).contains("-XX:AOTCache=" + target.resolve("desk-start.aot"))
                .doesNotContain("AOTMode").doesNotContain("SharedArchiveFile");
    }

    @Test
    void a_command_maps_the_archive_without_counting_as_the_start_the_archive_serves_first() throws Exception {
        Path java = jdk("25.0.3");

        assertThat(session(desk(java, "help"))).contains("-XX:SharedArchiveFile=");
        assertThat(session(desk(java))).contains("-XX:SharedArchiveFile=");
        assertThat(session(desk(java))).contains("-XX:AOTMode=record");
    }

    @Test
    void the_window_runs_its_own_jit_options_training_or_not_and_a_command_keeps_the_tiered_jit() throws Exception {
        Path java = jdk("25.0.3");
        String windowArgs = "@" + root.resolve("desktop/src/jvm/window.args");

        assertThat(session(desk(java))).contains(windowArgs);
        assertThat(session(desk(java, "--db", root.resolve("db").toString()))).contains("-XX:AOTMode=record")
                .contains(windowArgs);
        assertThat(session(desk(java, "--no-simulation"))).contains("-XX:AOTCache=").contains(windowArgs);
        assertThat(session(desk(java, "help"))).contains("-XX:AOTCache=").doesNotContain("window.args");
        assertThat(session(desk(jdk("17.0.15"), "price", "--request", "r.json"))).doesNotContain("window.args");
    }

    @Test
    void a_server_the_gateway_and_the_journal_neither_make_nor_map_the_window_s_archive() throws Exception {
        Path java = jdk("17.0.15");

        for (String command : List.of("server", "gateway", "journal")) {
            Result headless = desk(java, command);
            assertThat(headless.err()).as(command).doesNotContain("archiving");
            assertThat(headless.calls()).as(command).noneMatch(call -> call.contains("-Xshare:dump"))
                    .noneMatch(call -> call.contains("SharedArchiveFile"));
        }
        assertThat(desk(java).err()).as("the window's first start after the build makes it")
                .contains("archiving the start's classes");
    }

    @Test
    void a_cache_not_made_is_said_once_and_the_desk_stays_on_the_archive_until_the_next_build() throws Exception {
        Path java = jdk("25.0.3");
        Files.writeString(root.resolve("refuse-cache"), "");
        desk(java);

        Result training = desk(java);
        assertThat(training.err()).contains("AOT cache not made").contains("starts on the class data sharing archive");

        Result after = desk(java);
        assertThat(after.err()).isEmpty();
        assertThat(session(after)).contains("-XX:SharedArchiveFile=").doesNotContain("AOT");

        built();
        Files.delete(root.resolve("refuse-cache"));
        Result rebuilt = desk(java);
        assertThat(rebuilt.err()).contains("archiving the start's classes").doesNotContain("trains");
        assertThat(session(rebuilt)).contains("-XX:SharedArchiveFile=");
        assertThat(session(desk(java))).contains("-XX:AOTMode=record");
    }

    @Test
    void a_build_after_the_cache_drops_it_and_the_archive_serves_the_first_start_again() throws Exception {
        Path java = jdk("25.0.3");
        desk(java);
        desk(java);
        assertThat(target.resolve("desk-start.aot")).exists();

        built();

        Result first = desk(java);
        assertThat(target.resolve("desk-start.aot")).doesNotExist();
        assertThat(first.err()).contains("archiving the start's classes");
        assertThat(session(first)).contains("-XX:SharedArchiveFile=");
    }

    @Test
    void on_jdk_17_every_start_maps_the_archive_and_none_trains() throws Exception {
        Path java = jdk("17.0.15");

        Result first = desk(java);
        assertThat(first.calls()).anyMatch(call -> call.contains("-Xshare:dump -XX:SharedClassListFile=")
                && call.contains("/desktop/src/cds/desk-start.classlist"));
        for (Result run : List.of(first, desk(java), desk(java))) {
            assertThat(run.err()).doesNotContain("trains");
            assertThat(session(run)).contains("-XX:SharedArchiveFile=").doesNotContain("AOT");
        }
    }

    /** The jar, the library folders and the sources' time noted, as a build leaves them: newer than the sources and
     * than what ./desk made. */
    private void built() throws IOException, InterruptedException {
        Instant when = Instant.now();
        Path jar = target.resolve("desktop-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "jar");
        }
        for (Path made : List.of(jar, target.resolve("lib"), target.resolve("javafx"))) {
            Files.setLastModifiedTime(made, FileTime.from(when));
        }
        Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(when.minusSeconds(60)));
        // What a build notes: the time of the newest source it was built from, here no later than the build.
        Files.writeString(target.resolve("desk-built-from"),
                "%d.%09d%n".formatted(when.getEpochSecond(), when.getNano()));
        // A file's time is the kernel's coarse clock: what ./desk writes next must not share the jar's tick.
        Thread.sleep(20);
    }

    private record Result(String err, List<String> calls) {
    }

    private Result desk(Path java, String... arguments) throws Exception {
        Files.deleteIfExists(calls);
        ProcessBuilder builder = new ProcessBuilder(
                Stream.concat(Stream.of("bash", root.resolve("desk").toString()), Stream.of(arguments)).toList());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("SUANLI_DESK_JAVA", java.toString());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.redirectOutput(root.resolve("out").toFile()).redirectError(root.resolve("err").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(root.resolve("err"));
        assertThat(process.exitValue()).as(err).isZero();
        return new Result(err,
                Files.exists(calls) ? Files.readAllLines(calls) : List.of());
    }

    /** The command line of the window's session, the one java run that is neither a dump, a check nor a creation. */
    private static String session(Result result) {
        List<String> sessions = result.calls().stream().filter(call -> call.endsWith(SESSION)
                || call.contains(SESSION + " ")).toList();
        assertThat(sessions).as(String.join("\n", result.calls())).hasSize(1);
        return sessions.get(0);
    }

    /**
     * A stand-in JDK of the given release: its java notes its command line and does what the launcher asks of a real
     * one (writes the archive it dumps, the configuration it records, the cache it creates unless the checkout holds
     * a file "refuse-cache"), and answers a check.
     */
    private Path jdk(String version) throws IOException {
        Path home = Files.createDirectories(root.resolve("jdk-" + version + "/bin"));
        Files.writeString(home.resolveSibling("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("java");
        Files.writeString(java, String.join("\n",
                "#!/bin/bash",
                "echo \"$*\" >>'" + calls + "'",
                "for a in \"$@\"; do case $a in",
                "  -XX:SharedArchiveFile=*|-XX:AOTCache=*) out=${a#*=} ;;",
                "  -XX:AOTConfiguration=*) config=${a#*=} ;;",
                "  -XX:AOTMode=*) mode=${a#*=} ;;",
                "  -Xshare:dump) mode=dump ;;",
                "  -version) exit 0 ;;",
                "esac; done",
                "case ${mode:-} in",
                "  dump) echo archive >\"$out\" ;;",
                "  record) echo recorded >\"$config\" ;;",
                "  create) [[ -f '" + root.resolve("refuse-cache") + "' ]] && exit 1; echo cache >\"$out\" ;;",
                "esac",
                ""), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home.getParent();
    }
}
