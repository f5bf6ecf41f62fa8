package com.suanli.desk.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PanelTest {

    @Test
    void node_ids_read_like_the_panel() {
        assertThat(Panel.MARKET_WATCH.nodeId()).isEqualTo("panel-market-watch");
        assertThat(Panel.ORDER_TICKET.nodeId()).isEqualTo("panel-order-ticket");
    }

    @Test
    void every_panel_says_what_will_appear_in_it() {
        assertThat(Arrays.stream(Panel.values()))
                .allSatisfy(panel -> {
                    assertThat(panel.title()).isNotBlank();
                    assertThat(panel.emptyHeading()).isNotBlank();
                    assertThat(panel.purpose()).isNotBlank();
                });
    }
}
