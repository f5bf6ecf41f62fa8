package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The position kept from fills, by the clearing house's average-cost method. */
class HeldPositionTest {

    private static final ContractSpec H100 = CatalogueJson.readDefault().bySymbol("H100-GZ-2027M06");

    @Test
    void clearings_worked_example_realises_the_same_pnl_and_leaves_the_same_short() {
        // docs/CLEARING.md, "Positions and P&L": buy 10 at 2,150 and 5 at 2,156, sell 6 at 2,160, sell 12 at 2,140.
        HeldPosition position = new HeldPosition(H100);
        position.trade(10, 2_150);
        position.trade(5, 2_156);
        position.trade(-6, 2_160);
        assertThat(position.row(2_160).realisedPnl()).isEqualByComparingTo("480.00");

        position.trade(-12, 2_140);

        PositionRow row = position.row(2_149);
        // -60,000 fen realised in all; 3 lots short at 2,140.
        assertThat(row.realisedPnl()).isEqualByComparingTo("-600.00");
        assertThat(row.netLots()).isEqualTo(-3);
        assertThat(row.averagePrice()).isEqualByComparingTo(new BigDecimal("21.40"));
        // 3 short from 2,140 marked at 2,149: 27 ticks lost at 10 CNY.
        assertThat(row.unrealisedPnl()).isEqualByComparingTo("-270.00");
    }

    @Test
    void clearings_own_figures_replace_the_kept_ones() {
        HeldPosition position = new HeldPosition(H100);
        position.trade(2, 2_000);

        position.cleared(5, 10_100, -12_345);

        PositionRow row = position.row(2_020);
        assertThat(row.netLots()).isEqualTo(5);
        assertThat(row.realisedPnl()).isEqualByComparingTo("-123.45");
        assertThat(row.unrealisedPnl()).isEqualByComparingTo("0.00");
    }
}
