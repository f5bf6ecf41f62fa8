package com.suanli.desk.ui.users;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Controls;
import com.suanli.desk.ui.text.Texts;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The sign-in window over the desk: user name, password, Sign in (or Enter). It stays until the desk takes a
 * password; its red line says why a try failed. Not modal: a modal window disables its owner, which on Linux
 * window managers drops the desk's maximised state; the desk sends nothing for anyone until someone signs in.
 */
public final class SignInView {

    /** The id of the window's root, by which tests and the start probe find it. */
    public static final String ID = "sign-in";

    private final Stage stage = new Stage();

    public SignInView(SignInViewModel viewModel, Window owner, String database) {
        Objects.requireNonNull(viewModel, "viewModel");
        Label heading = new Label(Texts.get("signin.heading"));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label where = new Label(Texts.format("signin.database", database));
        where.getStyleClass().add(Styles.TEXT_MUTED);
        TextField login = new TextField();
        login.setId("sign-in-login");
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("sign-in-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        Button signIn = new Button(Texts.get("signin.sign-in"));
        signIn.setId("sign-in-button");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.disableProperty().bind(viewModel.checkingProperty());
        signIn.setOnAction(event -> viewModel.signIn());
        login.setOnAction(event -> password.requestFocus());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, Controls.caption(Texts.get("signin.user-name")), login);
        form.addRow(1, Controls.caption(Texts.get("users.password")), password);
        VBox root = new VBox(14, heading, where, form, Controls.errorLine("sign-in-message", viewModel.messageProperty()),
                signIn);
        root.setId(ID);
        root.setPadding(new Insets(24));
        root.setPrefWidth(440);
        Scene scene = new Scene(root);
        DeskTheme.applyTo(scene);
        stage.initOwner(owner);
        stage.setTitle(Texts.format("signin.title", Texts.get("app.title")));
        stage.setScene(scene);
        stage.setResizable(false);
        // The refusal line wraps: the window grows to show all of it.
        viewModel.messageProperty().addListener((property, before, after) -> stage.sizeToScene());
        // Closing it leaves the desk open and nobody signed in: it sends nothing.
        viewModel.sessionProperty().addListener((property, before, after) -> stage.close());
    }

    public void show() {
        OwnedWindows.showOverOwner(stage);
    }
}
