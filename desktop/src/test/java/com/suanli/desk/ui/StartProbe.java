package com.suanli.desk.ui;

import com.suanli.desk.app.Desk;
import com.suanli.desk.ui.shell.EngineState;
import com.suanli.desk.ui.text.Texts;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Start to a usable window, measured from inside the desk's own process: runs {@code Desk.main} with the given
 * arguments (e.g. {@code --db PATH} of an existing database) and, from a watcher thread, notes when each step of the
 * start is seen on screen, counted from the JVM's start: the FX toolkit up, the main window shown, the engine running
 * (its light green), the user signed in, and the first market figure painted (a Bid cell of the market watch with a
 * price in it). Prints one line per step and quits the desk as the user does (File &gt; Quit), so the database
 * closes cleanly. Needs a display (Xvfb); run as docs/BENCHMARKS.md says, "Start to a usable window".
 */
public final class StartProbe {

    /** How often the watcher looks at the screen, on the FX thread: seldom enough to cost the start little. */
    private static final long LOOK_EVERY_MILLIS = 50;
    /** The desk gives up waiting for market data after this long: the probe then says so. */
    private static final long PATIENCE_MILLIS = 120_000;

    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final Map<String, Long> seen = new LinkedHashMap<>();

    private StartProbe() {
    }

    public static void main(String[] args) {
        StartProbe probe = new StartProbe();
        probe.note("main entered");
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
        System.out.println("start-probe: no market figure painted within " + PATIENCE_MILLIS / 1000 + " s");
        Platform.runLater(Platform::exit);
    }

    /** One look at the screen on the FX thread; empty while the toolkit is not up. */
    private Optional<Boolean> look() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        try {
            Platform.runLater(() -> answer.complete(lookOnFx()));
        } catch (IllegalStateException toolkitNotUp) {
            return Optional.empty();
        }
        try {
            return Optional.of(answer.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS));
        } catch (Exception failed) {
            throw new IllegalStateException("start-probe: the FX thread did not answer", failed);
        }
    }

    private boolean lookOnFx() {
        note("FX toolkit up");
        Optional<Stage> desk = Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(stage -> stage.isShowing() && stage.getTitle() != null && stage.getTitle().startsWith("Suanli"))
                .findFirst();
        if (desk.isEmpty() || desk.get().getScene() == null) {
            return false;
        }
        note("window shown");
        Node root = desk.get().getScene().getRoot();
        if (root.lookup("#status-engine") instanceof Labeled engine && engine.getText() != null
                && engine.getText().startsWith(EngineState.RUNNING.label())) {
            note("engine running");
        }
        if (root.lookup("#status-message") instanceof Labeled message
                && message.getText() != null && message.getText().startsWith(signedInPrefix())) {
            note("signed in");
        }
        Node marketWatch = root.lookup("#market-watch-table");
        boolean painted = marketWatch != null && marketWatch.lookupAll(".table-cell").stream()
                .filter(cell -> cell instanceof TableCell<?, ?> each && each.isVisible()
                        && each.getTableColumn() != null
                        && Texts.get("marketwatch.bid").equals(each.getTableColumn().getText()))
                .map(cell -> ((TableCell<?, ?>) cell).getText())
                .anyMatch(text -> text != null && !text.isBlank());
        if (painted) {
            note("first market figure painted");
        }
        return painted;
    }

    private static String signedInPrefix() {
        String words = Texts.get("signon.signed-in-as");
        int argument = words.indexOf('{');
        return argument < 0 ? words : words.substring(0, argument);
    }

    private synchronized void note(String step) {
        seen.putIfAbsent(step, System.currentTimeMillis() - jvmStart);
    }

    private synchronized void report() {
        seen.forEach((step, millis) -> System.out.printf("start-probe: %-28s %6d ms after the JVM started%n",
                step, millis));
    }

    private static void sleep() {
        try {
            Thread.sleep(LOOK_EVERY_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
