package com.suanli.desk.ui.workspace;

import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Keeps the signed-in user's layout in the database: at sign-in the workspaces take the layout the user left
 * (read on the task worker), and from then on each settled change is written there, the last one as the window
 * closes. Writes are numbered, so a slow older one never overwrites a newer one.
 */
public final class LayoutKeeper {

    private final UserLayouts user;
    private final TaskExecutor tasks;
    private final Consumer<String> messages;
    /** FX thread: whether the changes are kept (the user's layout was read). */
    private boolean following;
    /** FX thread: how many layouts were handed on to be written. */
    private long handedOn;
    /** The number of the newest layout written, guarded by this. */
    private long written;

    /** @param messages where a layout that could not be read or written is told (the status bar) */
    public LayoutKeeper(UserLayouts user, TaskExecutor tasks, Consumer<String> messages) {
        this.user = Objects.requireNonNull(user, "user");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Restores the user's layout into {@code workspaces} and keeps its changes from then on (FX thread). */
    public void follow(WorkspaceView workspaces) {
        tasks.execute(BackgroundTask.wrap(user::read)
                .onSuccess(saved -> {
                    saved.ifPresent(text -> {
                        try {
                            workspaces.restore(SavedLayout.parse(text));
                        } catch (IllegalArgumentException unreadable) {
                            messages.accept(Texts.format("layout.notRestored",
                                    RefusalWords.withWords(Texts.get("layout.unreadable"), unreadable)));
                        }
                    });
                    workspaces.keepChangesWith(this::keep);
                    following = true;
                })
                .onFailure(failure -> messages.accept(Texts.format("layout.notRestored", RefusalWords.failure(failure)))));
    }

    private void keep(SavedLayout layout) {
        long number = ++handedOn;
        String text = layout.text();
        tasks.execute(BackgroundTask.wrap(() -> write(number, text))
                .onFailure(failure -> messages.accept(Texts.format("layout.notKept", RefusalWords.failure(failure)))));
    }

    /**
     * The window is closing: a change still settling is written at once, on the calling thread, since the worker
     * may not run again.
     */
    public void closing(WorkspaceView workspaces) {
        if (following) {
            workspaces.unsettled().ifPresent(layout -> write(++handedOn, layout.text()));
        }
    }

    private synchronized boolean write(long number, String text) {
        if (number <= written) {
            return false;
        }
        user.write(text);
        written = number;
        return true;
    }
}
