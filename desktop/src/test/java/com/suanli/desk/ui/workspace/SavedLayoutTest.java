package com.suanli.desk.ui.workspace;

import static com.suanli.desk.ui.workspace.Arrangement.at;
import static com.suanli.desk.ui.workspace.Arrangement.column;
import static com.suanli.desk.ui.workspace.Arrangement.row;
import static com.suanli.desk.ui.workspace.Arrangement.tabs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The user's layout as its setting text: written and read back whole, read leniently across desk versions. */
class SavedLayoutTest {

    private static SavedLayout of(Workspace workspace, Optional<Arrangement> arrangement) {
        Map<Workspace, Optional<Arrangement>> arrangements = new EnumMap<>(Workspace.class);
        arrangements.put(workspace, arrangement);
        return SavedLayout.of(arrangements);
    }

    @Test
    void every_standard_arrangement_places_each_of_its_panels_once() {
        for (Workspace workspace : Workspace.values()) {
            assertThat(workspace.standardArrangement().placesEachOnce()).as(workspace.name()).isTrue();
        }
    }

    @Test
    void a_rearranged_workspace_reads_back_as_it_was_written() {
        Arrangement moved = row(at(0.3),
                tabs(Panel.LADDER, Panel.ORDER_TICKET),
                column(at(0.25, 0.6), tabs(Panel.MARKET_WATCH), new Arrangement.Stack(
                        List.of(Panel.BLOTTER, Panel.ACCOUNT), Panel.ACCOUNT), tabs(Panel.AUTO_QUOTER, Panel.CHARTS)));

        SavedLayout read = SavedLayout.parse(of(Workspace.TRADING, Optional.of(moved)).text());

        assertThat(read.of(Workspace.TRADING)).contains(Optional.of(moved));
        assertThat(read.of(Workspace.RISK)).as("not saved: the standard one stays").isEmpty();
    }

    @Test
    void closed_panels_stay_closed_and_a_workspace_with_every_panel_closed_stays_empty() {
        Arrangement withoutCharts = row(at(0.5), tabs(Panel.MARKET_WATCH, Panel.LADDER, Panel.ORDER_TICKET),
                tabs(Panel.BLOTTER, Panel.ACCOUNT, Panel.AUTO_QUOTER));

        String text = of(Workspace.TRADING, Optional.of(withoutCharts)).text();

        assertThat(text).contains("\"closed\":[\"CHARTS\"]");
        assertThat(SavedLayout.parse(text).of(Workspace.TRADING)).contains(Optional.of(withoutCharts));
        assertThat(SavedLayout.parse(of(Workspace.RISK, Optional.empty()).text()).of(Workspace.RISK))
                .contains(Optional.empty());
    }

    @Test
    void a_panel_the_desk_no_longer_has_is_left_out_with_its_divider() {
        String saved = "{\"RISK\":{\"arrangement\":{\"row\":[0.3,0.6],\"parts\":["
                + "{\"tabs\":[\"RISK\"],\"shown\":\"RISK\"},{\"tabs\":[\"RETIRED_PANEL\"]},"
                + "{\"tabs\":[\"SCENARIOS\",\"CALCULATORS\"],\"shown\":\"CALCULATORS\"}]},\"closed\":[]}}";

        assertThat(SavedLayout.parse(saved).of(Workspace.RISK)).contains(Optional.of(row(at(0.3),
                tabs(Panel.RISK), new Arrangement.Stack(List.of(Panel.SCENARIOS, Panel.CALCULATORS), Panel.CALCULATORS))));
    }

    @Test
    void a_panel_added_since_the_layout_was_saved_joins_the_first_stack() {
        String saved = "{\"RISK\":{\"arrangement\":{\"column\":[0.5],\"parts\":["
                + "{\"tabs\":[\"SCENARIOS\"],\"shown\":\"SCENARIOS\"},{\"tabs\":[\"RISK\"],\"shown\":\"RISK\"}]},"
                + "\"closed\":[]}}";

        assertThat(SavedLayout.parse(saved).of(Workspace.RISK)).contains(Optional.of(column(at(0.5),
                new Arrangement.Stack(List.of(Panel.SCENARIOS, Panel.CALCULATORS), Panel.SCENARIOS), tabs(Panel.RISK))));
    }

    @Test
    void a_panel_saved_twice_or_in_another_workspace_is_placed_once_in_its_own() {
        String saved = "{\"RISK\":{\"arrangement\":{\"row\":[0.5],\"parts\":["
                + "{\"tabs\":[\"RISK\",\"LADDER\",\"CALCULATORS\"]},{\"tabs\":[\"CALCULATORS\",\"SCENARIOS\"]}]},"
                + "\"closed\":[]}}";

        assertThat(SavedLayout.parse(saved).of(Workspace.RISK)).contains(Optional.of(row(at(0.5),
                tabs(Panel.RISK, Panel.CALCULATORS), tabs(Panel.SCENARIOS))));
    }

    @Test
    void the_workspace_on_screen_the_tabs_chosen_and_the_panels_settings_read_back_as_they_were_written() {
        Map<Workspace, Optional<Arrangement>> arrangements = new EnumMap<>(Workspace.class);
        arrangements.put(Workspace.RISK, Optional.of(Workspace.RISK.standardArrangement()));

        SavedLayout read = SavedLayout.parse(SavedLayout.of(arrangements, Workspace.RISK,
                Map.of("blotter-tabs", "blotter-rejects", "risk-tabs", "risk-tab-margin"),
                Map.of("market-watch-columns", "SYMBOL,BID,ASK,TICK")).text());

        assertThat(read.shown()).contains(Workspace.RISK);
        assertThat(read.chosenTabs()).containsOnly(Map.entry("blotter-tabs", "blotter-rejects"),
                Map.entry("risk-tabs", "risk-tab-margin"));
        assertThat(read.of(Workspace.RISK)).contains(Optional.of(Workspace.RISK.standardArrangement()));
        assertThat(read.settings()).containsOnly(Map.entry("market-watch-columns", "SYMBOL,BID,ASK,TICK"));
        assertThat(SavedLayout.parse("{\"TRADING\":{}}").settings()).as("a layout saved before settings were kept")
                .isEmpty();
    }

    @Test
    void settings_that_are_not_words_are_refused_naming_where() {
        assertThatThrownBy(() -> SavedLayout.parse("{\"views\":[\"SYMBOL\"]}"))
                .hasMessage("$.views: must be an object of settings by id");
        assertThatThrownBy(() -> SavedLayout.parse("{\"views\":{\"market-watch-columns\":3}}"))
                .hasMessage("$.views.market-watch-columns: must be the setting's words");
    }

    @Test
    void a_layout_saved_before_the_desk_kept_tabs_or_naming_a_workspace_it_no_longer_has_chooses_none() {
        SavedLayout older = SavedLayout.parse(
                of(Workspace.TRADING, Optional.of(Workspace.TRADING.standardArrangement())).text());
        SavedLayout retired = SavedLayout.parse("{\"workspace\":\"OPTIONS\",\"tabs\":{}}");

        assertThat(older.shown()).isEmpty();
        assertThat(older.chosenTabs()).isEmpty();
        assertThat(retired.shown()).isEmpty();
    }

    @Test
    void text_that_is_not_a_layout_is_refused_naming_where() {
        assertThatThrownBy(() -> SavedLayout.parse("not json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("layout: not a layout");
        assertThatThrownBy(() -> SavedLayout.parse("[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("layout: must be an object of workspaces");
        assertThatThrownBy(() -> SavedLayout.parse("{\"RISK\":{\"arrangement\":{\"row\":[0.7,0.2],\"parts\":["
                + "{\"tabs\":[\"RISK\"]},{\"tabs\":[\"SCENARIOS\"]},{\"tabs\":[\"CALCULATORS\"]}]}}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.RISK.arrangement: split: dividers must rise between 0 and 1, were [0.7, 0.2]");
        assertThatThrownBy(() -> SavedLayout.parse("{\"RISK\":{\"arrangement\":{\"parts\":[]}}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.RISK.arrangement: must be tabs, a row or a column with its parts");
        assertThatThrownBy(() -> SavedLayout.parse("{\"tabs\":[\"blotter-rejects\"]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.tabs: must be an object of tab ids by tab pane");
        assertThatThrownBy(() -> SavedLayout.parse("{\"tabs\":{\"blotter-tabs\":3}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("$.tabs.blotter-tabs: must be a tab id");
    }

    @Test
    void dividers_a_pane_reports_out_of_order_are_shared_evenly() {
        assertThat(Dividers.rising(new double[] {0.4, 0.7}, 3)).containsExactly(0.4, 0.7);
        assertThat(Dividers.rising(new double[] {0.7, 0.7}, 3)).containsExactly(1 / 3.0, 2 / 3.0);
        assertThat(Dividers.rising(new double[] {}, 2)).containsExactly(0.5);
    }
}
