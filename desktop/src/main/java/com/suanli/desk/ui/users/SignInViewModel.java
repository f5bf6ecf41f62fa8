package com.suanli.desk.ui.users;

import com.suanli.desk.access.DeskSession;
import com.suanli.desk.access.DeskSignIn;
import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The sign-in form: a login and a password, checked by the desk on the worker (a slow hash on purpose). A
 * refusal says only that the user name or password is wrong, and how long the next try waits; the password
 * field is cleared after every try. FX thread.
 */
public final class SignInViewModel {

    private final DeskSignIn desk;
    private final TaskExecutor tasks;
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyObjectWrapper<DeskSession> session = new ReadOnlyObjectWrapper<>(this, "session");

    public SignInViewModel(DeskSignIn desk, TaskExecutor tasks) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last try failed, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** While the desk checks a password. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The signed-in user's session, once the desk took the password. */
    public ReadOnlyObjectProperty<DeskSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** Tries the login and password; the answer comes back on the FX thread. */
    public void signIn() {
        if (checking.get()) {
            return;
        }
        if (login.get().isBlank()) {
            message.set(Texts.format("form.field-reason", Texts.get("signin.user-name"),
                    Texts.get("signin.type-user-name")));
            return;
        }
        char[] typed = password.get().toCharArray();
        String user = login.get();
        password.set("");
        checking.set(true);
        message.set("");
        tasks.execute(BackgroundTask.wrap(() -> {
            try {
                return desk.signIn(user, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }).onSuccess(signed -> {
            checking.set(false);
            session.set(signed);
        }).onFailure(refused -> {
            checking.set(false);
            message.set(RefusalWords.known(refused).orElseGet(() -> capitalised(refused.getMessage())));
        }));
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? Texts.get("signin.failed")
                : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
