package com.suanli.desk.ui.users;

import javafx.stage.Stage;
import javafx.stage.Window;

/** The users' windows open over the desk, centred on it: some window managers put a new window in a corner. */
final class OwnedWindows {

    private OwnedWindows() {
    }

    static void showOverOwner(Stage stage) {
        stage.show();
        Window owner = stage.getOwner();
        if (owner != null) {
            stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
            stage.setY(owner.getY() + (owner.getHeight() - stage.getHeight()) / 3);
        }
        stage.toFront();
    }
}
