package com.suanli.desk.ui;

import java.util.concurrent.ExecutionException;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
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
        clickOn(robot, field, MouseButton.PRIMARY);
        robot.eraseText(40).write(text);
    }

    static void click(FxRobot robot, String query) {
        click(robot, query, MouseButton.PRIMARY);
    }

    static void click(FxRobot robot, String query, MouseButton button) {
        clickOn(robot, query, button);
        DeskWindow.settle();
    }

    /** Moves to the node, then clicks where it is once there, as TestFX does: a layout meanwhile may have moved it. */
    private static void clickOn(FxRobot robot, String query, MouseButton button) {
        robot.moveTo(centreOf(robot, query));
        robot.clickOn(centreOf(robot, query), button);
    }

    /**
     * Where TestFX clicks for {@code query} (the middle of the first visible node it finds), worked out on the FX
     * thread. TestFX's {@code clickOn(query)} works it out on the test's thread, reading the node's bounds there, and
     * a Parent computes and caches its bounds when asked: asked there while the FX thread laid out a window still
     * being built (a slow start on a loaded machine), the cache was left broken and every pulse after it threw
     * IndexOutOfBoundsException in {@code Parent.updateCachedBounds} (ThemeCutLooksTest at load 25-34).
     */
    static Point2D centreOf(FxRobot robot, String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.point(query).query()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(query + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
