package com.suanli.cluster.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the CPU of a run went, thread by thread, in the member JVMs this JVM started and in this JVM (the client):
 * each thread's user and system time from {@code /proc/<pid>/task/<tid>/stat} (ticks of 10 ms), taken before and
 * after a run; threads of the same name in a process are summed (the JIT's compiler threads, the GC's workers).
 * Linux only; elsewhere it reports nothing.
 */
final class ThreadCpu {

    /** The kernel's clock ticks a second ({@code getconf CLK_TCK}: 100 on Linux). */
    private static final double TICKS_A_SECOND = 100;

    /** Ticks by process label ("member 0", "client"), then by thread name. */
    private final Map<String, Map<String, Long>> ticks;

    private ThreadCpu(Map<String, Map<String, Long>> ticks) {
        this.ticks = ticks;
    }

    static ThreadCpu now() {
        Map<String, Map<String, Long>> ticks = new TreeMap<>();
        ticks.put("client", threadsOf(ProcessHandle.current().pid()));
        ProcessHandle.current().children().forEach(child -> {
            String label = child.info().arguments().map(ThreadCpu::memberLabel).orElse("pid " + child.pid());
            ticks.put(label, threadsOf(child.pid()));
        });
        return new ThreadCpu(ticks);
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
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    // After the name: state is field 3; utime and stime are fields 14 and 15.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
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
     * Prints, for each process, its CPU per command between {@code before} and now, and the threads that took at
     * least 2% of it; {@code leader} names the leader's label.
     */
    void printSince(ThreadCpu before, long commands, double seconds, String leader) {
        double totalMicros = 0;
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Map<String, Long>> process : ticks.entrySet()) {
            Map<String, Long> earlier = before.ticks.getOrDefault(process.getKey(), Map.of());
            Map<String, Long> used = new TreeMap<>();
            process.getValue().forEach((name, t) -> {
                long diff = t - earlier.getOrDefault(name, 0L);
                if (diff > 0) {
                    used.put(name, diff);
                }
            });
            long sum = used.values().stream().mapToLong(Long::longValue).sum();
            double micros = sum / TICKS_A_SECOND * 1e6 / commands;
            totalMicros += micros;
            out.append(String.format("    %s%s: %.2f µs a command (%.0f%% of a core):", process.getKey(),
                    process.getKey().equals(leader) ? " (leader)" : "", micros, 100.0 * sum / TICKS_A_SECOND / seconds));
            used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .filter(e -> e.getValue() * 50 >= sum)
                    .forEach(e -> out.append(String.format(" %s %.2f", e.getKey(),
                            e.getValue() / TICKS_A_SECOND * 1e6 / commands)));
            out.append('\n');
        }
        System.out.printf("  CPU a command, all processes: %.2f µs (two cores give %.2f µs a command at this rate)%n%s",
                totalMicros, 2e6 * seconds / commands, out);
    }
}
