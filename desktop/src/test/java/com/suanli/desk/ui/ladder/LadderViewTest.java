package com.suanli.desk.ui.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.hotkey.TraderKeys;
import com.suanli.desk.ui.trading.TraderFixture;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The ladder panel in a window: its levels are made when the first instrument is chosen, not before. */
@ExtendWith(ApplicationExtension.class)
class LadderViewTest {

    private final TraderFixture fixture = new TraderFixture();

    @Start
    void start(Stage stage) {
        LadderViewModel ladder = new LadderViewModel(fixture.desk, fixture.link, fixture.orders);
        stage.setScene(new Scene((Parent) new LadderView(ladder, TraderKeys.defaults()).root(), 400, 700));
        stage.show();
    }

    @Test
    void with_no_instrument_chosen_the_placeholder_stands_where_the_levels_go_and_none_is_made(FxRobot robot) {
        assertThat(robot.lookup("#ladder-placeholder").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup(".ladder-row").queryAll()).as("the header alone").hasSize(1);
    }

    @Test
    void choosing_an_instrument_makes_the_levels_round_its_price(FxRobot robot) {
        robot.interact(() -> fixture.link.selectedInstrumentProperty().set(fixture.june));

        assertThat(robot.lookup("#ladder-placeholder").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup(".ladder-row").queryAll()).as("the header and the levels")
                .hasSize(1 + LadderViewModel.LEVELS);
        assertThat(robot.lookup("#ladder-price-" + fixture.reference()).queryAs(Node.class).isVisible()).isTrue();

        robot.interact(() -> fixture.link.selectedInstrumentProperty().set(null));
        robot.interact(() -> fixture.link.selectedInstrumentProperty().set(fixture.june));

        assertThat(robot.lookup(".ladder-row").queryAll()).as("made once").hasSize(1 + LadderViewModel.LEVELS);
    }
}
