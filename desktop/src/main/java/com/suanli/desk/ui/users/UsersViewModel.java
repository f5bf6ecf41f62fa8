package com.suanli.desk.ui.users;

import com.suanli.data.firm.DeskUser;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.desk.access.DeskSession;
import com.suanli.desk.exchange.AccountTerms;
import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The administrator's screen of users: the list, and a form that adds a user with a role and password,
 * changes a role, resets a password or assigns the accounts a user trades; an account the exchange does not
 * have is opened there on the terms the form gives (the firm, new or registered, and the opening cash; the desk's
 * firm 100 and 1,000,000 CNY unless changed). Terms that do not fit refuse the change before it is made. Every change goes through the signed-in
 * administrator's session (anyone else is refused there) on the worker; a refusal shows on the error line
 * naming the field, and the list is read again after each change. FX thread.
 */
public final class UsersViewModel {

    private final DeskSession session;
    private final TaskExecutor tasks;
    private final ObservableList<DeskUser> users = FXCollections.observableArrayList();
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final ObjectProperty<UserRole> role = new SimpleObjectProperty<>(this, "role", UserRole.TRADER);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty accounts = new SimpleStringProperty(this, "accounts", "");
    private final StringProperty firm = new SimpleStringProperty(this, "firm", Long.toString(AccountTerms.DESK.firm()));
    private final StringProperty firmName = new SimpleStringProperty(this, "firmName", "");
    private final StringProperty cash = new SimpleStringProperty(this, "cash",
            BigDecimal.valueOf(AccountTerms.DESK.openingCash(), 2).stripTrailingZeros().toPlainString());
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper(this, "done", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public UsersViewModel(DeskSession session, TaskExecutor tasks) {
        this.session = Objects.requireNonNull(session, "session");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    public ObservableList<DeskUser> users() {
        return users;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<UserRole> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The accounts as typed: numbers separated by commas. */
    public StringProperty accountsProperty() {
        return accounts;
    }

    /** The firm a new account opens under, as typed: a number. */
    public StringProperty firmProperty() {
        return firm;
    }

    /** The firm's name, to register a firm the exchange does not have; blank for one it has. */
    public StringProperty firmNameProperty() {
        return firmName;
    }

    /** A new account's opening cash in CNY, as typed. */
    public StringProperty cashProperty() {
        return cash;
    }

    /** What the last change did. */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Why the last change was refused. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reads the list again. */
    public void refresh() {
        execute(() -> new Listed("", session.users().users()));
    }

    /** Fills the form from a user of the list (the password stays empty). */
    public void choose(DeskUser user) {
        if (user == null) {
            return;
        }
        login.set(user.login());
        displayName.set(user.displayName());
        role.set(user.role());
        accounts.set(accountsText(user.accounts()));
        password.set("");
    }

    public void add() {
        String who = login.get().strip();
        String name = displayName.get();
        UserRole as = role.get();
        char[] typed = takePassword();
        withAccounts((list, terms) -> change(directory -> directory.add(who, name, as, typed, list), list, terms,
                user -> Texts.format("users.added", user.named())));
    }

    public void changeRole() {
        String who = login.get().strip();
        UserRole as = role.get();
        change(directory -> directory.setRole(who, as), user -> Texts.format("users.role-now", user.login(),
                Texts.term(user.role())));
    }

    public void resetPassword() {
        String who = login.get().strip();
        char[] typed = takePassword();
        change(directory -> directory.resetPassword(who, typed), user -> Texts.format("users.password-reset",
                user.login()));
    }

    public void assignAccounts() {
        String who = login.get().strip();
        withAccounts((list, terms) -> change(directory -> directory.assignAccounts(who, list), list, terms,
                user -> user.accounts().isEmpty() ? Texts.format("users.trades-none", user.login())
                        : Texts.format("users.trades", user.login(), accountsText(user.accounts()))));
    }

    private void change(Function<UserDirectory, DeskUser> change, Function<DeskUser, String> said) {
        change(change, List.of(), AccountTerms.DESK, said);
    }

    /**
     * Runs the change, then opens on the exchange each of {@code accounts} it does not have yet on {@code terms} (the
     * desk's own, or every member of a connected desk's cluster): a user given an account can trade it at once. Terms
     * that do not fit the exchange are refused before the change.
     */
    private void change(Function<UserDirectory, DeskUser> change, List<Long> accounts, AccountTerms terms,
                        Function<DeskUser, String> said) {
        execute(() -> {
            UserDirectory directory = session.users();
            session.accountsToOpen(accounts, terms);
            DeskUser changed = change.apply(directory);
            List<Long> opened = session.openAccounts(accounts, terms);
            String text = said.apply(changed);
            return new Listed(opened.isEmpty() ? text
                    : Texts.format("users.opened", text, accountsText(opened),
                    Texts.format("users.terms", Long.toString(terms.firm()), AccountTerms.cny(terms.openingCash()))), directory.users());
        });
    }

    private void execute(Callable<Listed> work) {
        error.set("");
        tasks.execute(BackgroundTask.wrap(work).onSuccess(listed -> {
            users.setAll(listed.users());
            done.set(listed.said());
        }).onFailure(refused -> {
            done.set("");
            error.set(describe(RefusalWords.known(refused).orElse(refused.getMessage())));
        }));
    }

    /** The accounts and the terms as typed, to {@code then}; a refusal of either shows, naming the field. */
    private void withAccounts(BiConsumer<List<Long>, AccountTerms> then) {
        List<Long> list = new ArrayList<>();
        for (String part : accounts.get().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                list.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                done.set("");
                error.set(Texts.format("users.accounts-refused", part.strip()));
                return;
            }
        }
        AccountTerms terms;
        try {
            terms = AccountTerms.parse(firm.get(), firmName.get(), cash.get());
        } catch (IllegalArgumentException refused) {
            done.set("");
            error.set(describe(refused.getMessage()));
            return;
        }
        then.accept(list, terms);
    }

    private char[] takePassword() {
        char[] typed = password.get().toCharArray();
        password.set("");
        return typed;
    }

    private static String accountsText(List<Long> accounts) {
        return String.join(", ", accounts.stream().map(String::valueOf).toList());
    }

    /** {@code password: must be ...} reads as {@code Password: must be ...}: the field first, as the form names it. */
    private static String describe(String message) {
        return message == null || message.isEmpty() ? Texts.get("users.refused")
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** What a change did, and the list after it. */
    private record Listed(String said, List<DeskUser> users) {
    }
}
