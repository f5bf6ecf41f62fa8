package com.suanli.desk.ui;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the users' window tests do with the robot. */
final class UserScreens {

    private UserScreens() {
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** File > Users…, as the menu bar holds it. */
    static MenuItem usersItem(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "menu-users".equals(item.getId())).findFirst().orElseThrow();
    }

    /** Replaces what the field holds with {@code text}, typed. */
    static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field).eraseText(40).write(text);
    }

    static void click(FxRobot robot, String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
