package com.suanli.desk.ui;

import com.suanli.desk.app.Desk;
import com.suanli.desk.ui.shell.EngineState;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.users.SignInView;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Start to a usable window, measured from inside the desk's own process: runs {@code Desk.main} with the given
 * arguments (e.g. {@code --db PATH} of an existing database) and, from a watcher thread, notes when each step of the
 * start is seen on screen, counted from the JVM's start: the FX toolkit up, the main window shown, the engine running
 * (its light green), the user signed in (or the sign-in window shown, on a desk of several users), the first market
 * figure painted (a Bid cell of the market watch with a price in it) and <em>usable</em>: the window shown with a
 * price in the market watch, the ticket ready to send (the user signed in; on a desk that asks who signs in, the
 * sign-in window up, the desk waiting for the user and not for itself) and the FX thread answering a look within
 * {@value #RESPONSIVE_MILLIS} ms (a click would be answered as soon). Each step also gives the CPU time
 * the whole process and the FX thread had used by then, which a shared machine's load does not inflate as it does
 * the wall time, and the bytes the FX thread had allocated, a count of its work that the load changes less still.
 * Prints one line per step and quits the desk as the user does (File &gt; Quit), so the database
 * closes cleanly. Needs a display (Xvfb); docs/examples/start-probe.sh runs it as docs/BENCHMARKS.md says, "Start to
 * a usable window".
 */
public final class StartProbe {

    /** How often the watcher looks at the screen, on the FX thread: seldom enough to cost the start little. */
    private static final long LOOK_EVERY_MILLIS = 50;
    /**
     * The probe gives up waiting for a usable window after this long, and then says so: 120 s, or
     * {@code -Dstart-probe.patience-seconds} on a machine loaded enough to need longer.
     */
    private static final long PATIENCE_MILLIS = Long.getLong("start-probe.patience-seconds", 120) * 1000;
    /** A look the FX thread answers within this long finds it responsive: a user's click would be answered as soon. */
    private static final long RESPONSIVE_MILLIS = 100;

    /** Linux counts a thread's CPU time in clock ticks of 10 ms (USER_HZ 100 on every usual kernel). */
    private static final long CLOCK_TICK_MILLIS = 10;

    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final Map<String, Step> seen = new LinkedHashMap<>();
    private final Map<String, String> census = new LinkedHashMap<>();

    /** When a step was first seen: wall time from the JVM's start, the CPU used and the FX thread's allocation by then. */
    private record Step(long wallMillis, long processCpuMillis, long fxCpuMillis, long fxAllocatedKb) {
    }

    private StartProbe() {
    }

    public static void main(String[] args) {
        StartProbe probe = new StartProbe();
        probe.note("main entered", -1, -1);
        Thread watcher = new Thread(probe::watch, "start-probe");
        watcher.setDaemon(true);
        watcher.start();
        Desk.main(args);
    }

    private void watch() {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<Boolean> done = look();
            if (done.orElse(false)) {
                report();
                Platform.runLater(Platform::exit);
                return;
            }
            sleep();
        }
        report();
        System.out.println("start-probe: no usable window within " + PATIENCE_MILLIS / 1000 + " s");
        Platform.runLater(Platform::exit);
    }

    /** One look at the screen on the FX thread; empty while the toolkit is not up. */
    private Optional<Boolean> look() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        long asked = System.currentTimeMillis();
        try {
            Platform.runLater(() -> answer.complete(lookOnFx(System.currentTimeMillis() - asked)));
        } catch (IllegalStateException toolkitNotUp) {
            return Optional.empty();
        }
        try {
            return Optional.of(answer.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS));
        } catch (Exception failed) {
            throw new IllegalStateException("start-probe: the FX thread did not answer", failed);
        }
    }

    /** @param answeredAfter how long the look waited for the FX thread */
    private boolean lookOnFx(long answeredAfter) {
        long fxCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        // The bytes the FX thread allocated: a count of its work that a machine's load changes far less than its CPU.
        long fxAllocated = ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
        note("FX toolkit up", fxCpu, fxAllocated);
        Optional<Stage> desk = Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(stage -> stage.isShowing() && stage.getTitle() != null && stage.getTitle().startsWith("Suanli"))
                .findFirst();
        if (desk.isEmpty() || desk.get().getScene() == null) {
            return false;
        }
        note("window shown", fxCpu, fxAllocated);
        Node root = desk.get().getScene().getRoot();
        count("window shown", root);
        if (root.lookup("#status-engine") instanceof Labeled engine && engine.getText() != null
                && engine.getText().startsWith(EngineState.RUNNING.label())) {
            note("engine running", fxCpu, fxAllocated);
        }
        if (root.lookup("#status-message") instanceof Labeled message
                && message.getText() != null && message.getText().startsWith(signedInPrefix())) {
            note("signed in", fxCpu, fxAllocated);
        }
        if (Window.getWindows().stream().anyMatch(window -> window.isShowing() && window.getScene() != null
                && SignInView.ID.equals(window.getScene().getRoot().getId()))) {
            note("sign-in window shown", fxCpu, fxAllocated);
        }
        // The status bar's words change later on: once seen, the user stays signed in.
        boolean ticketReady = seen("signed in") || seen("sign-in window shown");
        Node marketWatch = root.lookup("#market-watch-table");
        boolean painted = marketWatch != null && marketWatch.lookupAll(".table-cell").stream()
                .filter(cell -> cell instanceof TableCell<?, ?> each && each.isVisible()
                        && each.getTableColumn() != null
                        && Texts.get("marketwatch.bid").equals(each.getTableColumn().getText()))
                .map(cell -> ((TableCell<?, ?>) cell).getText())
                .anyMatch(text -> text != null && !text.isBlank());
        if (painted) {
            note("first market figure painted", fxCpu, fxAllocated);
        }
        boolean usable = painted && ticketReady && answeredAfter <= RESPONSIVE_MILLIS;
        if (usable) {
            note("usable", fxCpu, fxAllocated);
            count("usable", root);
        }
        return usable;
    }

    private static String signedInPrefix() {
        String words = Texts.get("signon.signed-in-as");
        int argument = words.indexOf('{');
        return argument < 0 ? words : words.substring(0, argument);
    }

    private synchronized boolean seen(String step) {
        return seen.containsKey(step);
    }

    /**
     * @param fxCpuNanos the FX thread's CPU time, when noted on it; else negative
     * @param fxAllocatedBytes the bytes the FX thread had allocated, when noted on it; else negative
     */
    private synchronized void note(String step, long fxCpuNanos, long fxAllocatedBytes) {
        if (!seen.containsKey(step)) {
            long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            seen.put(step, new Step(System.currentTimeMillis() - jvmStart, TimeUnit.NANOSECONDS.toMillis(processCpu),
                    fxCpuNanos < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(fxCpuNanos),
                    fxAllocatedBytes < 0 ? -1 : fxAllocatedBytes / 1024));
        }
    }

    private synchronized void report() {
        seen.forEach((step, at) -> System.out.printf(
                "start-probe: %-28s %6d ms after the JVM started (CPU used: process %6d ms, FX thread %5s ms;"
                        + " FX thread allocated %7s KB)%n",
                step, at.wallMillis(), at.processCpuMillis(), at.fxCpuMillis() < 0 ? "-" : at.fxCpuMillis(),
                at.fxAllocatedKb() < 0 ? "-" : at.fxAllocatedKb()));
        census.forEach((step, nodes) -> System.out.println("start-probe: nodes at " + step + ": " + nodes));
        System.out.println("start-probe: CPU by thread at the end, ms: " + busiestThreads());
    }

    /**
     * The window's nodes when a step is first seen (FX thread): all of them, each styled by the CSS pass, and those not
     * on screen (the node or one of its parents invisible), counted under the invisible node that hides them, the
     * largest such groups named by kind and style class: counts that a machine's load does not change, where the first
     * CSS pass's cost grows with the nodes it styles.
     */
    private synchronized void count(String step, Node root) {
        if (census.containsKey(step)) {
            return;
        }
        Map<String, Integer> hidden = new TreeMap<>();
        int[] nodes = new int[2];
        count(root, null, nodes, hidden);
        census.put(step, nodes[0] + ", not on screen " + nodes[1] + " (" + hidden.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .map(group -> group.getKey() + " " + group.getValue()).collect(Collectors.joining(", ")) + ")");
    }

    /** @param hiddenBy the group of the invisible node above, or null when the node's parents are on screen */
    private static void count(Node node, String hiddenBy, int[] nodes, Map<String, Integer> hidden) {
        String group = hiddenBy != null || node.isVisible() ? hiddenBy
                : (node.getClass().getSimpleName().isEmpty() ? node.getClass().getName() : node.getClass().getSimpleName())
                        + node.getStyleClass();
        nodes[0]++;
        if (group != null) {
            nodes[1]++;
            hidden.merge(group, 1, Integer::sum);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> count(child, group, nodes, hidden));
        }
    }

    /**
     * The threads that used the most CPU, the JVM's own (compilers, collector) among them, as Linux's
     * {@code /proc/self/task} lists them (threads that ended are not among them); threads of one name, numbered
     * ones under one name ending in {@code #}, are added up. Empty elsewhere.
     */
    private static String busiestThreads() {
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // After the name: state is field 3 of stat(5), utime 14 and stime 15.
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    byName.merge(name, ticks * CLOCK_TICK_MILLIS, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // A thread that ended meanwhile.
                }
            });
        } catch (IOException notLinux) {
            return "";
        }
        return byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .map(each -> each.getKey() + " " + each.getValue()).collect(Collectors.joining(", "));
    }

    private static void sleep() {
        try {
            Thread.sleep(LOOK_EVERY_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
