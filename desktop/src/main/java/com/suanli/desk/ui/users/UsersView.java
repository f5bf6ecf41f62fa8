package com.suanli.desk.ui.users;

import atlantafx.base.theme.Styles;
import com.suanli.data.firm.DeskUser;
import com.suanli.data.firm.UserRole;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Controls;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.Texts;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The administrator's window of users (File > Users…): the desk's users in a table, and a form below; choosing a
 * row fills the form. Add, Change role, Reset password and Assign accounts act on the login in the form.
 */
public final class UsersView {

    static final String ID = "users";

    private static final double WIDTH = 760;
    private static final double HEIGHT = 620;

    private final Stage stage = new Stage();

    public UsersView(UsersViewModel viewModel, Window owner) {
        Objects.requireNonNull(viewModel, "viewModel");
        TableView<DeskUser> table = new TableView<>(viewModel.users());
        table.setId("users-table");
        Tables.fitHeaders(table);
        table.setPlaceholder(new Label(Texts.get("users.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Texts.get("users.login"), DeskUser::login));
        table.getColumns().add(column(Texts.get("users.name"), DeskUser::displayName));
        table.getColumns().add(column(Texts.get("users.role"), user -> Texts.term(user.role())));
        table.getColumns().add(column(Texts.get("users.accounts"), user -> String.join(", ",
                user.accounts().stream().map(String::valueOf).toList())));
        table.getColumns().add(column(Texts.get("users.password"),
                user -> Texts.get(user.hasPassword() ? "users.password-set" : "users.password-none")));
        table.getColumns().add(column(Texts.get("users.locked"),
                user -> user.locked() ? Texts.get("users.is-locked") : ""));
        table.getSelectionModel().selectedItemProperty().addListener((property, before, after) -> viewModel.choose(after));
        table.setPrefHeight(240);

        TextField login = field("users-login", viewModel.loginProperty());
        TextField name = field("users-name", viewModel.displayNameProperty());
        ChoiceBox<UserRole> role = new ChoiceBox<>();
        role.setId("users-role");
        role.getItems().setAll(UserRole.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(UserRole value) {
                return value == null ? "" : Texts.term(value);
            }

            @Override
            public UserRole fromString(String text) {
                return UserRole.parse(text);
            }
        });
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        PasswordField password = new PasswordField();
        password.setId("users-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        TextField accounts = field("users-accounts", viewModel.accountsProperty());
        accounts.setPromptText("1001, 2002");
        TextField firm = field("users-firm", viewModel.firmProperty());
        TextField firmName = field("users-firm-name", viewModel.firmNameProperty());
        TextField cash = field("users-cash", viewModel.cashProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, Controls.caption(Texts.get("users.login")), login, Controls.caption(Texts.get("users.name")),
                name);
        form.addRow(1, Controls.caption(Texts.get("users.role")), role, Controls.caption(Texts.get("users.password")),
                password);
        form.addRow(2, Controls.caption(Texts.get("users.accounts")), accounts, Controls.caption(Texts.get("users.cash")),
                cash);
        // The terms a new account opens on: the firm (a new one registered with its name) and its opening cash.
        form.addRow(3, Controls.caption(Texts.get("users.firm")), firm, Controls.caption(Texts.get("users.firm-name")),
                firmName);

        HBox actions = new HBox(8,
                button("users-add", Texts.get("users.add"), viewModel::add),
                button("users-change-role", Texts.get("users.change-role"), viewModel::changeRole),
                button("users-reset-password", Texts.get("users.reset-password"), viewModel::resetPassword),
                button("users-assign-accounts", Texts.get("users.assign-accounts"), viewModel::assignAccounts));
        actions.getChildren().get(0).getStyleClass().add(Styles.ACCENT);

        Label done = Controls.label("users-done", viewModel.doneProperty());
        done.getStyleClass().add(Styles.SUCCESS);
        VBox root = new VBox(12, table, form, actions, done, Controls.errorLine("users-error", viewModel.errorProperty()));
        root.setId(ID);
        root.setPadding(new Insets(16));
        // Sized here: under some window managers a window sized from its content opens at a fraction of it.
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        DeskTheme.applyTo(scene);
        stage.initOwner(owner);
        stage.setTitle(Texts.format("users.title", Texts.get("app.title")));
        stage.setScene(scene);
        stage.setMinWidth(WIDTH);
        stage.setMinHeight(HEIGHT);
        viewModel.refresh();
    }

    public void show() {
        OwnedWindows.showOverOwner(stage);
    }

    private static TableColumn<DeskUser, String> column(String title, Function<DeskUser, String> value) {
        TableColumn<DeskUser, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TextField field(String id, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
