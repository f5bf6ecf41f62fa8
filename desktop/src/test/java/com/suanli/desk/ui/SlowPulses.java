package com.suanli.desk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A probe's reader, not a test: the slowest pulses of a {@link PulseProbe} run's flight recording, pulse by pulse, with
 * what happened inside each: its phases (JavaFX's own {@code javafx.PulsePhase} events, FX and render thread), the
 * safepoints and collector pauses, the compilations and deoptimisations that overlapped it, and where the FX and
 * render threads' execution samples fell. The tail of the issue's figure is a few dozen pulses; this says which.
 *
 * <p>{@code java desktop/src/test/java/com/suanli/desk/ui/SlowPulses.java <recording.jfr> <feed start> <feed end>
 * [count]}, the feed's start and end as {@link PulseProbe} prints them (epoch milliseconds).
 */
public final class SlowPulses {

    private static final String PHASE = "javafx.PulsePhase";
    private static final int SHOWN_FRAMES = 6;

    private SlowPulses() {
    }

    /** One pulse: its span over every phase, and each phase's time by name. */
    private record Pulse(int id, long start, long end, Map<String, Long> phases) {

        long length() {
            return end - start;
        }

        boolean overlaps(RecordedEvent event) {
            return SlowPulses.nanos(event.getStartTime()) < end && SlowPulses.nanos(event.getEndTime()) > start;
        }

        boolean holds(RecordedEvent event) {
            long at = SlowPulses.nanos(event.getStartTime());
            return at >= start && at < end;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: SlowPulses <recording.jfr> <feed start ms> <feed end ms>"
                    + " [count]: the recording and the feed's span are required");
        }
        long from = Long.parseLong(args[1]) * 1_000_000L;
        long to = Long.parseLong(args[2]) * 1_000_000L;
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        Map<Integer, List<RecordedEvent>> byPulse = new TreeMap<>();
        for (RecordedEvent event : events) {
            if (event.getEventType().getName().equals(PHASE) && event.getInt("pulseId") != 0) {
                byPulse.computeIfAbsent(event.getInt("pulseId"), id -> new ArrayList<>()).add(event);
            }
        }
        List<Pulse> fed = new ArrayList<>();
        byPulse.forEach((id, phases) -> {
            long start = phases.stream().mapToLong(phase -> nanos(phase.getStartTime())).min().orElseThrow();
            long end = phases.stream().mapToLong(phase -> nanos(phase.getEndTime())).max().orElseThrow();
            Map<String, Long> named = new LinkedHashMap<>();
            phases.stream().sorted(Comparator.comparing(RecordedEvent::getStartTime)).forEach(phase -> named.merge(
                    phase.getString("phaseName"), phase.getDuration().toNanos(), Long::sum));
            if (start >= from && start < to) {
                fed.add(new Pulse(id, start, end, named));
            }
        });
        fed.sort(Comparator.comparingLong(Pulse::length).reversed());
        System.out.printf("%,d pulses fed; the slowest %d:%n", fed.size(), Math.min(count, fed.size()));
        for (Pulse pulse : fed.subList(0, Math.min(count, fed.size()))) {
            System.out.println(describe(pulse, from, events));
        }
    }

    private static String describe(Pulse pulse, long feedStart, List<RecordedEvent> events) {
        StringBuilder text = new StringBuilder(String.format("pulse %d at %.3f s of the feed: %.1f ms; phases %s%n",
                pulse.id(), (pulse.start() - feedStart) / 1e9, pulse.length() / 1e6,
                pulse.phases().entrySet().stream().map(phase -> String.format("%s %.1f", phase.getKey(),
                        phase.getValue() / 1e6)).collect(Collectors.joining(", "))));
        Map<String, List<String>> inside = new TreeMap<>();
        Map<String, Map<String, Integer>> samples = new TreeMap<>();
        for (RecordedEvent event : events) {
            String type = event.getEventType().getName();
            switch (type) {
                case "jdk.SafepointBegin", "jdk.GCPhasePause", "jdk.ExecuteVMOperation", "jdk.ThreadPark",
                     "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait" -> {
                    if (pulse.overlaps(event) && !event.getDuration().isZero()) {
                        inside.computeIfAbsent(type, t -> new ArrayList<>()).add(brief(event));
                    }
                }
                case "jdk.Compilation", "jdk.Deoptimization", "jdk.ClassLoad", "jdk.ClassDefine",
                     "jdk.SafepointStateSynchronization", "jdk.Safepoint" -> {
                    if (pulse.overlaps(event)) {
                        inside.computeIfAbsent(type, t -> new ArrayList<>()).add(brief(event));
                    }
                }
                case "jdk.ExecutionSample", "jdk.NativeMethodSample" -> {
                    if (pulse.holds(event)) {
                        RecordedThread thread = event.getThread("sampledThread");
                        String name = thread == null ? "?" : thread.getJavaName();
                        samples.computeIfAbsent(name, n -> new TreeMap<>()).merge(frames(event), 1, Integer::sum);
                    }
                }
                default -> {
                }
            }
        }
        inside.forEach((type, found) -> text.append(String.format("  %s %d: %s%n", type, found.size(),
                found.stream().limit(8).collect(Collectors.joining("; ")))));
        samples.forEach((thread, stacks) -> {
            text.append(String.format("  samples of %s, %d:%n", thread,
                    stacks.values().stream().mapToInt(Integer::intValue).sum()));
            stacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
                    .forEach(stack -> text.append(String.format("    %d x %s%n", stack.getValue(), stack.getKey())));
        });
        return text.toString();
    }

    private static String brief(RecordedEvent event) {
        String type = event.getEventType().getName();
        String what = switch (type) {
            case "jdk.Compilation" -> "L" + value(event, "compileLevel") + " "
                    + value(event, "method.type.name") + "." + value(event, "method.name")
                    + (event.getBoolean("isOsr") ? " osr" : "");
            case "jdk.Deoptimization" -> value(event, "method.type.name") + "." + value(event, "method.name")
                    + " " + value(event, "reason") + "/" + value(event, "action") + " "
                    + value(event, "instruction");
            case "jdk.ExecuteVMOperation" -> value(event, "operation");
            case "jdk.GCPhasePause" -> value(event, "name");
            case "jdk.ClassLoad", "jdk.ClassDefine" -> value(event,
                    type.equals("jdk.ClassLoad") ? "loadedClass.name" : "definedClass.name");
            case "jdk.SafepointBegin" -> "safepoint " + value(event, "safepointId");
            default -> event.getThread() == null ? "" : event.getThread().getJavaName();
        };
        return String.format("%s %.1f ms", what, event.getDuration().toNanos() / 1e6);
    }

    private static String value(RecordedEvent event, String field) {
        Object value = event.getValue(field);
        return String.valueOf(value);
    }

    /** The top frames of a sample, innermost first. */
    private static String frames(RecordedEvent sample) {
        if (sample.getStackTrace() == null) {
            return "(no stack)";
        }
        return sample.getStackTrace().getFrames().stream().limit(SHOWN_FRAMES).map(SlowPulses::frame)
                .collect(Collectors.joining(" < "));
    }

    private static String frame(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName() + "@"
                + frame.getType().charAt(0);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
