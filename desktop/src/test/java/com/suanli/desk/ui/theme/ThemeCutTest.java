package com.suanli.desk.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which rules of a sheet the cut keeps, and what it leaves of them. */
class ThemeCutTest {

    private static final String SHEET = """
            .root { -color-fg: #fff; }
            /* a comment { with braces } */
            .button, .bg-accent-emphasis { -fx-padding: 4; }
            .button:hover > .label { -fx-text-fill: red; }
            .chart .default-color3.chart-bar, .pie-chart .segment11 { -fx-bar-fill: blue; }
            GridPane, HTMLEditor { -fx-hgap: 2; }
            #menu-bar .menu { -fx-padding: 1; }
            """;

    private final ThemeCut cut = new ThemeCut(Set.of("root", "button", "label", "chart", "default-color",
            "chart-bar", "segment", "GridPane", "menu-bar", "menu"));

    @Test
    void keeps_the_selectors_whose_every_type_class_and_id_is_a_word_in_their_rules_order() {
        assertThat(cut.cut(SHEET).lines().toList()).isEqualTo(List.of(
                ".root { -color-fg: #fff; }",
                ".button { -fx-padding: 4; }",
                ".button:hover > .label { -fx-text-fill: red; }",
                ".chart .default-color3.chart-bar { -fx-bar-fill: blue; }",
                "GridPane { -fx-hgap: 2; }",
                "#menu-bar .menu { -fx-padding: 1; }"));
    }

    @Test
    void a_style_class_built_from_a_word_and_a_number_counts_as_the_word_and_a_state_never_cuts() {
        ThemeCut segments = new ThemeCut(Set.of("pie-chart", "segment"));

        assertThat(segments.cut(".pie-chart .segment11:selected:focused { -fx-pie-color: red; }"))
                .contains(".pie-chart .segment11:selected:focused");
    }

    @Test
    void a_rule_none_of_whose_selectors_can_match_is_left_out_and_counted() {
        ThemeCut none = new ThemeCut(Set.of("root"));

        assertThat(none.cut(SHEET).strip()).isEqualTo(".root { -color-fg: #fff; }");
        assertThat(none.counts()).isEqualTo("kept 1 of 6 rules, 1 of 9 selectors");
    }
}
