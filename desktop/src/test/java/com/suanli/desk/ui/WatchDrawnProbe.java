package com.suanli.desk.ui;

import com.suanli.desk.app.Desk;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What the market watch draws on a real window: runs {@code Desk.main} with the given arguments and, every
 * {@value #LOOK_EVERY_MILLIS} ms on the FX thread, compares each shown live cell's figure (its text property) with the
 * text its skin draws (the cell's {@code Text} node). A cell whose drawn text stays behind its figure for
 * {@value #STALE_LOOKS} looks in a row (the layout pass that draws a new figure runs in the pulse after the figure
 * changes) is stale: its figure never reached the screen. For the first stale cell the probe prints its ancestors'
 * layout flags (read reflectively: {@code --add-opens javafx.graphics/javafx.scene=ALL-UNNAMED}), which show where
 * the cell's layout request stopped climbing. When the watch first shows it prints where it is on the screen (for the
 * script's screenshots); {@code probe.seconds} (default 60) after that it prints how many figures changed, how many
 * of them were drawn, how many cells stayed stale, and quits the desk as its Quit does ({@code Platform.exit}), so
 * that the launcher's session ends as a user's does (a training session's cache is then made); a desk that has not
 * ended a minute later is halted. PASS when figures changed, every one was drawn, and no node was left marked. Needs a
 * display (Xvfb and a window manager: the bug it looks for showed on the glass GTK toolkit, not on Monocle) and a
 * trading day: docs/examples/watch-drawn-probe.sh runs it through {@code ./desk}, as docs/BENCHMARKS.md says.
 */
public final class WatchDrawnProbe {

    private static final long LOOK_EVERY_MILLIS = 250;
    /** A figure not drawn after this many looks (a second) is not waiting for the next pulse. */
    private static final int STALE_LOOKS = 4;
    /** How often the probe prints its counts so far: a session's actions (a resize, a tab switch) show in them. */
    private static final long TELL_EVERY_SECONDS = 15;
    /** A desk whose watch has not shown by then counts as failed. */
    private static final long WATCH_WAIT_SECONDS = 300;

    /** Per cell: the figure last seen, and for how many looks in a row it was not drawn. */
    private final Map<TableCell<?, ?>, Seen> cells = new HashMap<>();
    private int changesSeen;
    private int changesDrawn;
    /** When the watch first showed (System.currentTimeMillis), 0 before. */
    private volatile long watchShown;
    private int staleCells;
    private boolean flagsPrinted;
    /** Nodes left marked under a clean parent at the last look, and those seen so at two looks in a row. */
    private Set<Parent> islands = new HashSet<>();
    private final Set<Parent> islandsSeen = new HashSet<>();

    private static final class Seen {
        /** The figure at the last look, drawn or not. */
        String looked;
        /** The figure last seen drawn. */
        String figure;
        int behind;
        boolean counted;
    }

    private WatchDrawnProbe() {
    }

    public static void main(String[] args) {
        WatchDrawnProbe probe = new WatchDrawnProbe();
        long seconds = Long.getLong("probe.seconds", 60);
        Thread watcher = new Thread(() -> probe.watch(seconds), "watch-drawn-probe");
        watcher.setDaemon(true);
        watcher.start();
        Desk.main(args);
    }

    private void watch(long seconds) {
        long giveUp = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(WATCH_WAIT_SECONDS);
        long told = 0;
        while (watchShown == 0 || System.currentTimeMillis() < watchShown + TimeUnit.SECONDS.toMillis(seconds)) {
            if (watchShown == 0 && System.currentTimeMillis() > giveUp) {
                System.out.println("watch-drawn-probe: the watch did not show in " + WATCH_WAIT_SECONDS + " s");
                break;
            }
            look();
            if (watchShown != 0 && System.currentTimeMillis() - watchShown >= (told + 1) * TELL_EVERY_SECONDS * 1000) {
                told++;
                Platform.runLater(() -> System.out.printf("watch-drawn-probe: +%d s: %d figure changes seen, %d drawn,"
                        + " %d cells stale%n", (System.currentTimeMillis() - watchShown) / 1000, changesSeen,
                        changesDrawn, staleCells));
            }
            try {
                Thread.sleep(LOOK_EVERY_MILLIS);
            } catch (InterruptedException interrupted) {
                return;
            }
        }
        CompletableFuture<String> verdict = new CompletableFuture<>();
        Platform.runLater(() -> verdict.complete(String.format(
                "watch-drawn-probe: %d figure changes seen, %d drawn, %d cells stale (a figure never drawn), %d nodes "
                        + "left marked for a layout no pass comes to", changesSeen, changesDrawn, staleCells,
                islandsSeen.size())));
        try {
            System.out.println(verdict.get(60, TimeUnit.SECONDS));
        } catch (Exception failed) {
            System.out.println("watch-drawn-probe: the FX thread did not answer: " + failed);
        }
        boolean passed = staleCells == 0 && changesDrawn > 0 && islandsSeen.isEmpty();
        System.out.println("watch-drawn-probe: " + (passed ? "PASS" : "FAIL"));
        System.out.flush();
        Platform.exit();
        try {
            Thread.sleep(TimeUnit.MINUTES.toMillis(1));
        } catch (InterruptedException interrupted) {
            return;
        }
        System.out.println("watch-drawn-probe: the desk did not end a minute after its quit: halted");
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }

    private void look() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    lookOnFx();
                } finally {
                    done.complete(null);
                }
            });
            done.get(60, TimeUnit.SECONDS);
        } catch (IllegalStateException toolkitNotUp) {
            // Not up yet.
        } catch (Exception failed) {
            System.out.println("watch-drawn-probe: a look failed: " + failed);
        }
    }

    private void lookOnFx() {
        Optional<Node> table = Window.getWindows().stream().filter(Stage.class::isInstance)
                .map(window -> window.getScene() == null ? null : window.getScene().getRoot().lookup("#market-watch-table"))
                .filter(node -> node != null).findFirst();
        if (table.isEmpty() || table.get().getScene().getWindow() == null
                || !table.get().getScene().getWindow().isShowing()) {
            return;
        }
        if (watchShown == 0) {
            watchShown = System.currentTimeMillis();
            Bounds screen = table.get().localToScreen(table.get().getBoundsInLocal());
            System.out.printf("watch-drawn-probe: watch shown at %.0f,%.0f size %.0fx%.0f%n", screen.getMinX(),
                    screen.getMinY(), screen.getWidth(), screen.getHeight());
            System.out.flush();
        }
        Set<Parent> now = new HashSet<>();
        islands(table.get().getScene().getRoot(), "ROOT", now);
        for (Parent island : now) {
            if (islands.contains(island) && islandsSeen.add(island)) {
                System.out.println("watch-drawn-probe: left marked for a layout under a clean parent, through "
                        + "pulses: " + String.join(" < ", ancestry(island)));
            }
        }
        islands = now;
        for (Node node : table.get().lookupAll(".live")) {
            if (!(node instanceof TableCell<?, ?> cell) || !cell.isVisible() || cell.isEmpty() || cell.getText() == null
                    || !(cell.lookup(".text") instanceof Text drawn)) {
                continue;
            }
            Seen seen = cells.computeIfAbsent(cell, each -> new Seen());
            String figure = cell.getText();
            boolean shown = figure.equals(drawn.getText()) || drawn.getText().endsWith("…")
                    || drawn.getText().endsWith("...");
            if (seen.looked != null && !figure.equals(seen.looked)) {
                changesSeen++;
            }
            seen.looked = figure;
            if (shown) {
                if (seen.figure != null && !figure.equals(seen.figure)) {
                    changesDrawn++;
                }
                seen.figure = figure;
                seen.behind = 0;
            } else if (++seen.behind == STALE_LOOKS && !seen.counted) {
                seen.counted = true;
                staleCells++;
                if (!flagsPrinted) {
                    flagsPrinted = true;
                    System.out.println("watch-drawn-probe: stale cell: figure '" + figure + "', drawn '"
                            + drawn.getText() + "'; its layout flag and its ancestors' (CLEAN, DIRTY_BRANCH, "
                            + "NEEDS_LAYOUT), from the cell up:");
                    for (String line : ancestry(cell)) {
                        System.out.println("watch-drawn-probe:   " + line);
                    }
                }
            }
        }
    }

    /**
     * Adds to {@code found} each node under {@code node} marked for a layout (or over one) whose parent is clean: the
     * scene's layout pass, which walks only marked branches, does not reach it, and a layout root's request under it
     * stops at it. Between two pulses a node may be so for a moment (a request made during the pass and asked again
     * after it); one so at two looks in a row stays so.
     */
    private static void islands(Parent node, String parentFlag, Set<Parent> found) {
        String flag = flag(node);
        if (!"CLEAN".equals(flag) && "CLEAN".equals(parentFlag)) {
            found.add(node);
        }
        for (Node child : node.getChildrenUnmodifiable()) {
            if (child instanceof Parent parent) {
                islands(parent, flag, found);
            }
        }
    }

    private static List<String> ancestry(Parent from) {
        List<String> lines = new ArrayList<>();
        for (Parent each = from; each != null; each = each.getParent()) {
            lines.add(each.getClass().getName() + each.getStyleClass() + " managed " + each.isManaged() + ": "
                    + flag(each));
        }
        return lines;
    }

    private static String flag(Parent parent) {
        try {
            Field flag = Parent.class.getDeclaredField("layoutFlag");
            flag.setAccessible(true);
            return String.valueOf(flag.get(parent));
        } catch (ReflectiveOperationException | RuntimeException closed) {
            return "? (" + closed.getClass().getSimpleName() + ")";
        }
    }
}
