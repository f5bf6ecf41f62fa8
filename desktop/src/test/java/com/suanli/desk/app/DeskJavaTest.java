package com.suanli.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The java ./desk runs on (desktop/src/jvm/java.sh, sourced by the launcher and the probes): a JDK 25 or newer when
 * the machine has one, else the java on the PATH with class data sharing, and the user's SUANLI_DESK_JAVA above both.
 * Run in bash on stand-in JDKs (a release file and a bin/java that prints its version), in an environment of the
 * test's own, so that the JDKs of the machine running the tests take no part.
 */
class DeskJavaTest {

    private static final Path SCRIPT = Path.of("src/jvm/java.sh").toAbsolutePath();

    @TempDir
    Path dir;

    private Path jdk17;
    private Path jdk21;
    private Path jdk25;
    private Path jdk26;
    private Path path;
    private Path installed;

    @BeforeEach
    void standInJdks() throws IOException {
        installed = Files.createDirectories(dir.resolve("jvm"));
        jdk17 = jdk(installed.resolve("java-17-openjdk-amd64"), "17.0.15");
        jdk21 = jdk(dir.resolve("jdk-21"), "21.0.9");
        jdk25 = jdk(installed.resolve("temurin-25-jdk-amd64"), "25.0.3");
        jdk26 = jdk(dir.resolve("jdk-26"), "26");
        path = Files.createDirectories(dir.resolve("bin"));
    }

    @Test
    void a_jdk_25_under_the_installed_jdks_is_chosen_over_the_jdk_17_on_the_path() throws Exception {
        onPath(jdk17);

        assertThat(pick(Map.of())).containsExactly(java(jdk25), "25", "@ROOT/desktop/src/jvm/desk.args",
                "@ROOT/desktop/src/jvm/desk-25.args");
    }

    @Test
    void without_a_jdk_25_the_java_on_the_path_runs_with_the_options_of_every_release() throws Exception {
        onPath(jdk21);
        Files.delete(Path.of(java(jdk25)));

        assertThat(pick(Map.of())).containsExactly(path.resolve("java").toString(), "21",
                "@ROOT/desktop/src/jvm/desk.args");
    }

    @Test
    void java_home_comes_before_the_path_and_the_installed_jdks_and_a_newer_release_counts_too() throws Exception {
        onPath(jdk17);

        assertThat(pick(Map.of("JAVA_HOME", jdk26.toString()))).startsWith(java(jdk26), "26");
    }

    @Test
    void a_java_home_older_than_25_does_not_hide_a_jdk_25() throws Exception {
        onPath(jdk17);

        assertThat(pick(Map.of("JAVA_HOME", jdk21.toString()))).startsWith(java(jdk25), "25");
    }

    @Test
    void the_users_choice_is_taken_whatever_its_release_as_a_home_or_a_binary() throws Exception {
        onPath(jdk17);

        assertThat(pick(Map.of("SUANLI_DESK_JAVA", jdk21.toString()))).containsExactly(java(jdk21), "21",
                "@ROOT/desktop/src/jvm/desk.args");
        assertThat(pick(Map.of("SUANLI_DESK_JAVA", java(jdk17)))).startsWith(java(jdk17), "17");
    }

    @Test
    void a_jdk_without_a_release_file_is_asked_its_version() throws Exception {
        onPath(jdk17);
        Files.delete(jdk25.resolve("release"));

        assertThat(pick(Map.of())).startsWith(java(jdk25), "25");
    }

    @Test
    void a_user_choice_that_is_no_java_is_refused_with_its_reason() throws Exception {
        onPath(jdk17);

        Result result = run(Map.of("SUANLI_DESK_JAVA", dir.resolve("nothing").toString()),
                ". '" + SCRIPT + "'; desk_java_pick ROOT");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("is not a java binary nor a JDK's home");
    }

    @Test
    void only_the_everyday_start_trains_the_cache_the_window_on_the_default_or_a_named_database() throws Exception {
        String everyday = "for a in '' '--db x' '--db=x' '--db -x' '--db=' help 'sessions list' '--db x --language zh'"
                + "; do desk_everyday_start $a && echo \"[$a]\"; done";

        assertThat(run(Map.of(), ". '" + SCRIPT + "'; " + everyday).out().lines())
                .containsExactly("[]", "[--db x]", "[--db=x]");
    }

    private List<String> pick(Map<String, String> environment) throws Exception {
        Result result = run(environment, ". '" + SCRIPT + "'; desk_java_pick ROOT && "
                + "printf '%s\\n' \"$desk_java\" \"$desk_java_feature\" \"${desk_java_args[@]}\"");
        assertThat(result.exit()).as(result.err()).isZero();
        return result.out().lines().toList();
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(Map<String, String> environment, String script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -euo pipefail; " + script);
        builder.environment().clear();
        builder.environment().put("PATH", path + ":/usr/bin:/bin");
        builder.environment().put("SUANLI_DESK_JDKS", installed.toString());
        builder.environment().putAll(environment);
        builder.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(dir.resolve("out")),
                Files.readString(dir.resolve("err")));
    }

    private void onPath(Path jdk) throws IOException {
        Files.createSymbolicLink(path.resolve("java"), Path.of(java(jdk)));
    }

    private static String java(Path jdk) {
        return jdk.resolve("bin/java").toString();
    }

    /** A stand-in JDK home: its release file, and a java that answers -version as a JDK does, on standard error. */
    private static Path jdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2026-04-21' >&2\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
