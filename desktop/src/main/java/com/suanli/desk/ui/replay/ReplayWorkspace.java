package com.suanli.desk.ui.replay;

import com.suanli.desk.task.TaskExecutor;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Node;

/** The Sessions workspace's two panels over one model: the library and the replay. */
public final class ReplayWorkspace {

    private final ReplayViewModel model;
    private final SessionLibraryView library;
    private final ReplayView replay;

    /** @param tasks the replay's own worker (one thread; the cursor is touched only there) */
    public ReplayWorkspace(SessionSource source, TaskExecutor tasks, Executor uiThread, Consumer<String> messages) {
        this.model = new ReplayViewModel(source, tasks, uiThread, messages);
        this.library = new SessionLibraryView(model);
        this.replay = new ReplayView(model);
    }

    public Node libraryView() {
        return library.root();
    }

    public Node replayView() {
        return replay.root();
    }

    public ReplayViewModel model() {
        return model;
    }
}
