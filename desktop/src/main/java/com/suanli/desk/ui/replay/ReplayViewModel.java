package com.suanli.desk.ui.replay;

import com.suanli.data.session.RecordedSession;
import com.suanli.data.session.RecordingStatus;
import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.sessions.record.OpenedSession;
import com.suanli.sessions.record.ReplayCursor;
import com.suanli.sessions.report.SessionReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sessions workspace's state, on the FX thread: the library's recordings, the session opened with its
 * report, the cursor's time and the market there. Every database read and every seek runs on the replay
 * worker ({@code tasks}); seeks asked while one runs are folded into the latest, so dragging the slider never
 * queues work behind it. The progress of a seek arrives through {@code uiThread}.
 */
public final class ReplayViewModel {

    /** Simulated seconds a wall second while playing: a minute, ten minutes, an hour. */
    public static final List<Double> SPEEDS = List.of(60.0, 600.0, 3600.0);

    private final SessionSource source;
    private final TaskExecutor tasks;
    private final Executor uiThread;
    private final Consumer<String> messages;
    private final ObservableList<RecordedSession> sessions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OpenedSession> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyObjectWrapper<MarketPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", Texts.get("replay.none"));
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 1.0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final LongProperty time = new SimpleLongProperty(this, "time");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", SPEEDS.get(1));
    private final ObjectProperty<Integer> chosen = new SimpleObjectProperty<>(this, "chosen", -1);
    /** The seek asked for while one ran, if any: only the latest is kept. */
    private Long pending;
    /** Whether the workspace has been on screen: a recording is opened (and decoded) only for someone to see it. */
    private boolean wanted;

    /**
     * @param tasks the replay worker: one thread, so the cursor is only ever touched by it
     * @param messages where a failure is said (the status bar)
     */
    public ReplayViewModel(SessionSource source, TaskExecutor tasks, Executor uiThread, Consumer<String> messages) {
        this.source = Objects.requireNonNull(source, "source");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.messages = Objects.requireNonNull(messages, "messages");
        chosen.addListener((property, before, after) -> seek(time.get()));
    }

    /** The workspace is on screen: the library is read again, and the newest recording opens if none is. */
    public void shown() {
        wanted = true;
        refresh();
    }

    /**
     * Reads the library again (the wiring asks once the database is open); once the workspace has been shown,
     * the newest complete recording opens if none is open.
     */
    public void refresh() {
        tasks.execute(BackgroundTask.wrap(source::sessions).onSuccess(listed -> {
            sessions.setAll(listed);
            if (wanted && opened.get() == null && !busy.get()) {
                listed.stream().filter(s -> s.status() == RecordingStatus.COMPLETE).findFirst()
                        .ifPresent(newest -> open(newest.id()));
            }
        }).onFailure(this::failed));
    }

    /** Opens a recording and shows its market at its start; the previous one is let go. */
    public void open(long sessionId) {
        playing.set(false);
        busy.set(true);
        tasks.execute(BackgroundTask.wrap(() -> {
            OpenedSession session = source.open(sessionId);
            ReplayCursor cursor = session.cursor();
            cursor.seek(cursor.firstTime(), fraction -> { });
            return new Opening(session, MarketPictures.of(cursor, -1));
        }).onSuccess(opening -> {
            busy.set(false);
            RecordedSession s = opening.session().session();
            opened.set(opening.session());
            title.set(Texts.format("replay.title", String.valueOf(s.id()), s.name(), String.valueOf(s.seed())));
            time.set(opening.picture().time());
            picture.set(opening.picture());
            // Choosing the first contract seeks again where the cursor stands, for its ladder.
            chosen.set(opening.picture().rows().isEmpty() ? -1 : opening.picture().rows().get(0).instrumentId());
        }).onFailure(failure -> {
            busy.set(false);
            failed(failure);
        }));
    }

    /** Moves the cursor to {@code target} (epoch milliseconds); while a seek runs, the latest target waits. */
    public void seek(long target) {
        OpenedSession session = opened.get();
        if (session == null) {
            return;
        }
        time.set(target);
        if (busy.get()) {
            pending = target;
            return;
        }
        busy.set(true);
        progress.set(0);
        int contract = chosen.get();
        ReplayCursor cursor = session.cursor();
        tasks.execute(BackgroundTask.wrap(() -> {
            cursor.seek(target, fraction -> uiThread.execute(() -> progress.set(fraction)));
            return MarketPictures.of(cursor, contract);
        }).onSuccess(next -> {
            busy.set(false);
            progress.set(1.0);
            if (opened.get() == session) {
                picture.set(next);
            }
            seekPending();
        }).onFailure(failure -> {
            busy.set(false);
            playing.set(false);
            failed(failure);
            seekPending();
        }));
    }

    /** One tick of play, {@code wallSeconds} after the last: the cursor moves on at the speed, and stops at the end. */
    public void tick(double wallSeconds) {
        OpenedSession session = opened.get();
        if (!playing.get() || session == null || busy.get()) {
            return;
        }
        long last = session.cursor().lastTime();
        long next = Math.min(last, time.get() + Math.round(wallSeconds * speed.get() * 1_000));
        if (next >= last) {
            playing.set(false);
        }
        seek(next);
    }

    private void seekPending() {
        if (pending != null) {
            long target = pending;
            pending = null;
            seek(target);
        }
    }

    private void failed(Throwable failure) {
        messages.accept(Texts.format("replay.failed", RefusalWords.failure(failure)));
    }

    public ObservableList<RecordedSession> sessions() {
        return sessions;
    }

    public ReadOnlyObjectProperty<OpenedSession> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The report of the session opened. */
    public Optional<SessionReport> report() {
        return Optional.ofNullable(opened.get()).map(OpenedSession::report);
    }

    public ReadOnlyObjectProperty<MarketPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The cursor's time as asked (the picture follows once the seek is done). */
    public LongProperty timeProperty() {
        return time;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The contract whose ladder and price are shown. */
    public ObjectProperty<Integer> chosenProperty() {
        return chosen;
    }

    private record Opening(OpenedSession session, MarketPicture picture) {
    }
}
