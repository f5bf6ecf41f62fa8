package com.suanli.cluster.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where the CPU of a run went, thread by thread, in the member JVMs this JVM started and in this JVM (the client):
 * each thread's time on a CPU from {@code /proc/<pid>/task/<tid>/schedstat} (nanoseconds, where {@code stat}'s user
 * and system times count ticks of 10 ms: too coarse for a compiler thread's few milliseconds in a run), taken before
 * and after a run; threads of the same name in a process are summed (the JIT's compiler threads, the GC's workers).
 * Linux only; elsewhere it reports nothing.
 */
final class ThreadCpu {

    private static final double NANOS_A_SECOND = 1e9;

    /** Nanoseconds on a CPU by process label ("member 0", "client"), then by thread name. */
    private final Map<String, Map<String, Long>> nanos;

    private ThreadCpu(Map<String, Map<String, Long>> nanos) {
        this.nanos = nanos;
    }

    static ThreadCpu now() {
        Map<String, Map<String, Long>> nanos = new TreeMap<>();
        nanos.put("client", threadsOf(ProcessHandle.current().pid()));
        ProcessHandle.current().children().forEach(child -> {
            String label = child.info().arguments().map(ThreadCpu::memberLabel).orElse("pid " + child.pid());
            nanos.put(label, threadsOf(child.pid()));
        });
        return new ThreadCpu(nanos);
    }

    private static String memberLabel(String[] arguments) {
        List<String> list = List.of(arguments);
        int at = list.indexOf("--member");
        return at >= 0 && at + 1 < list.size() ? "member " + list.get(at + 1) : "other";
    }

    private static Map<String, Long> threadsOf(long pid) {
        Map<String, Long> threads = new TreeMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return threads;
        }
        try (Stream<Path> each = Files.list(tasks)) {
            each.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    // The first field: nanoseconds the thread ran on a CPU.
                    String schedstat = Files.readString(task.resolve("schedstat"));
                    long used = Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
                    threads.merge(group(name), used, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            });
        } catch (IOException e) {
            // the process ended
        }
        return threads;
    }

    /** Threads of one kind under one name: the numbered GC and compiler threads. */
    private static String group(String name) {
        return name.replaceAll("#\\d+$", "#").replaceAll("\\d+$", "");
    }

    /**
     * The JIT's compiler threads' CPU a command in each member between {@code before} and now, by member label:
     * what a member still spends compiling, near nothing once its code reached the steady state.
     */
    Map<String, Double> compilersSince(ThreadCpu before, long commands) {
        return membersSince(before, commands, name -> name.contains("CompilerThre"));
    }

    /**
     * The collector's worker threads' CPU a command in each member between {@code before} and now, by member label
     * (Shenandoah's, G1's, the parallel collector's, ZGC's workers): near nothing between cycles, several µs in a run
     * a cycle falls in, whatever started it (Shenandoah's learning or its periodic cycle every five minutes,
     * docs/BENCHMARKS.md "Aeron Cluster", cluster16n and cluster16o). Not the collector's control thread, which
     * wakes on a timer and so takes more a command the slower a run (0.07 µs at 200,000/s, 0.7 at 18,000/s).
     */
    Map<String, Double> collectorsSince(ThreadCpu before, long commands) {
        return membersSince(before, commands, name -> COLLECTORS.stream().anyMatch(name::startsWith));
    }

    /** How the collectors' worker threads' names begin ({@code /proc}'s first 15 characters). */
    private static final List<String> COLLECTORS = List.of("Shenandoah GC", "GC Thread", "G1 Conc", "ZWorker");

    private Map<String, Double> membersSince(ThreadCpu before, long commands, Predicate<String> kind) {
        Map<String, Double> members = new TreeMap<>();
        nanos.forEach((process, threads) -> {
            if (process.startsWith("member ")) {
                Map<String, Long> earlier = before.nanos.getOrDefault(process, Map.of());
                long used = threads.entrySet().stream().filter(thread -> kind.test(thread.getKey()))
                        .mapToLong(thread -> thread.getValue() - earlier.getOrDefault(thread.getKey(), 0L)).sum();
                members.put(process, used / NANOS_A_SECOND * 1e6 / commands);
            }
        });
        return members;
    }

    /**
     * Prints, for each process, its CPU per command between {@code before} and now, and the threads that took at
     * least 2% of it; {@code leader} names the leader's label. Returns the CPU a command of all processes together.
     */
    double printSince(ThreadCpu before, long commands, double seconds, String leader) {
        double totalMicros = 0;
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Map<String, Long>> process : nanos.entrySet()) {
            Map<String, Long> earlier = before.nanos.getOrDefault(process.getKey(), Map.of());
            Map<String, Long> used = new TreeMap<>();
            process.getValue().forEach((name, t) -> {
                long diff = t - earlier.getOrDefault(name, 0L);
                if (diff > 0) {
                    used.put(name, diff);
                }
            });
            long sum = used.values().stream().mapToLong(Long::longValue).sum();
            double micros = sum / NANOS_A_SECOND * 1e6 / commands;
            totalMicros += micros;
            out.append(String.format("    %s%s: %.2f µs a command (%.0f%% of a core):", process.getKey(),
                    process.getKey().equals(leader) ? " (leader)" : "", micros, 100.0 * sum / NANOS_A_SECOND / seconds));
            used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .filter(e -> e.getValue() * 50 >= sum)
                    .forEach(e -> out.append(String.format(" %s %.2f", e.getKey(),
                            e.getValue() / NANOS_A_SECOND * 1e6 / commands)));
            out.append('\n');
        }
        System.out.printf("  CPU a command, all processes: %.2f µs (two cores give %.2f µs a command at this rate)%n%s",
                totalMicros, 2e6 * seconds / commands, out);
        return totalMicros;
    }
}
