package com.suanli.desk.ui.users;

import com.suanli.desk.access.DeskSession;
import com.suanli.desk.access.DeskSignIn;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.refusal.RefusalWords;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How the workstation gets its user once the exchange runs: the local desk's one user without a prompt (a
 * fresh database makes it), otherwise the sign-in form. The desk's users are read off the FX thread; the answers
 * are taken on it.
 */
public final class SignOn {

    private final TaskExecutor tasks;
    private final String localLogin;
    private final long localAccount;
    private final Consumer<SignInViewModel> ask;
    private final Consumer<DeskSession> signedIn;
    private final Consumer<String> failed;

    /**
     * @param localLogin the login a fresh desk's first user gets
     * @param localAccount the account that user trades
     * @param ask shows the sign-in form for the view-model
     * @param signedIn takes the signed-in user's session
     * @param failed takes why the desk's users could not be read
     */
    public SignOn(TaskExecutor tasks, String localLogin, long localAccount, Consumer<SignInViewModel> ask,
                  Consumer<DeskSession> signedIn, Consumer<String> failed) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.localLogin = Objects.requireNonNull(localLogin, "localLogin");
        this.localAccount = localAccount;
        this.ask = Objects.requireNonNull(ask, "ask");
        this.signedIn = Objects.requireNonNull(signedIn, "signedIn");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    /**
     * Reads, off the FX thread once the exchange runs, whether the desk signs its local user in without a prompt;
     * answers what then to do on the FX thread: take that user's session, ask who signs in, or say why the desk's
     * users could not be read.
     */
    public Runnable read(DeskSignIn desk) {
        Optional<DeskSession> local;
        try {
            local = desk.local(localLogin, localAccount);
        } catch (RuntimeException failure) {
            return () -> failed.accept(RefusalWords.failure(failure));
        }
        return () -> local.ifPresentOrElse(signedIn, () -> {
            SignInViewModel form = new SignInViewModel(desk, tasks);
            form.sessionProperty().addListener((property, before, after) -> signedIn.accept(after));
            ask.accept(form);
        });
    }

    /**
     * The login a fresh desk gives its first user: the system's user name, kept to the letters a login may
     * have, or {@code desk} when none is left.
     */
    public static String localLogin(String systemUser) {
        String kept = systemUser == null ? "" : systemUser.replaceAll("[^A-Za-z0-9_.-]", "");
        kept = kept.replaceFirst("^[_.-]+", "");
        return kept.isEmpty() ? "desk" : kept.substring(0, Math.min(kept.length(), 32));
    }
}
