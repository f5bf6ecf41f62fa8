package com.suanli.desk.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A change inside a panel lays out the panel's view alone, and the view fills the panel the dock gives it. */
@ExtendWith(ApplicationExtension.class)
class PanelFrameTest {

    private Label figure;
    private VBox view;
    private PanelFrame frame;
    private SplitPane dock;

    @Start
    void start(Stage stage) {
        figure = new Label("1");
        view = new VBox(figure);
        frame = new PanelFrame(Panel.LADDER, view);
        dock = new SplitPane(frame, new Label("beside"));
        stage.setScene(new Scene(dock, 400, 300));
        stage.show();
    }

    @Test
    void a_figure_that_changes_lays_out_its_panel_and_nothing_above_it() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();

        boolean[] laidOut = WaitForAsyncUtils.asyncFx(() -> {
            figure.setText("1,234,567.89");
            return new boolean[] {view.isNeedsLayout(), frame.isNeedsLayout(), dock.isNeedsLayout()};
        }).get(30, TimeUnit.SECONDS);

        assertThat(laidOut).as("view, frame, dock asked to lay out").containsExactly(true, false, false);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(figure.getWidth()).as("the figure laid out whole").isGreaterThanOrEqualTo(figure.prefWidth(-1));
    }

    @Test
    void the_view_fills_the_panel_and_follows_its_size() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> dock.setDividerPositions(0.7)).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        double[] sizes = WaitForAsyncUtils.asyncFx(() -> new double[] {frame.getWidth(), frame.getHeight(),
                view.getWidth(), view.getHeight()}).get(30, TimeUnit.SECONDS);

        assertThat(sizes[0]).isGreaterThan(200);
        assertThat(sizes[2]).isEqualTo(sizes[0]);
        assertThat(sizes[3]).isEqualTo(sizes[1]);
        assertThat(frame.getId()).isEqualTo(Panel.LADDER.nodeId());
    }
}
