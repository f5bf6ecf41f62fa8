package com.suanli.desk.ui.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.task.HeldTaskExecutor;
import com.suanli.desk.ui.account.AccountHealth;
import com.suanli.exchange.clearing.AccountStanding;
import com.suanli.exchange.clearing.Position;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.MarginRequirementChanged;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.risk.Market;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Risk panel without a window, on a desk worked by hand: three accounts holding June and July of H100 at YRD
 * and GZ, and June of H200 at GZ, every contract 1,000 GPU-hours a lot. A future's delta to its month's forward is
 * its GPU-hours (the value is the month's average less the price, times the hours), so the heatmap's cells are
 * lots x 1,000 summed over accounts and products.
 */
class DeskRiskViewModelTest {

    /** Central differences of a value linear in the forward: exact but for rounding. */
    private static final double GREEK_TOLERANCE = 1e-6;
    private static final double CNY_TOLERANCE = 1e-6;
    private static final Catalogue LISTING = CatalogueJson.readDefault();
    private static final LocalDate MARCH_FIRST = LocalDate.of(2027, 3, 1);
    private static final YearMonth JUNE = YearMonth.of(2027, 6);
    private static final YearMonth JULY = YearMonth.of(2027, 7);

    private static ContractSpec contract(String symbol) {
        return LISTING.bySymbol(symbol);
    }

    /** A position of {@code lots} bought (or sold) at {@code price} CNY per unit: open cost in ticks x lots. */
    private static Position held(long account, String symbol, long lots, String price) {
        ContractSpec contract = contract(symbol);
        long ticks = contract.toTicks(new BigDecimal(price));
        return new Position(account, contract.instrumentId(), lots, lots * ticks, 0, lots * ticks, 0, 0, 0,
                contract.tickValueFen());
    }

    private static AccountStanding account(long account, long cashFen, long initialFen, long maintenanceFen,
                                           long callId, long callFen, long deadline, Position... positions) {
        return new AccountStanding(account, 100, AccountKind.values()[0], cashFen, initialFen, maintenanceFen, callId,
                callFen, deadline, 0, List.of(positions));
    }

    private static final AccountStanding TRADER = account(1001, 5_000_000, 1_000_000, 900_000, 0, 0, 0,
            held(1001, "H100-YRD-2027M06", 3, "19.00"), held(1001, "H100-GZ-2027M07", -2, "15.00"));
    private static final AccountStanding MAKER = account(2002, 450_000, 600_000, 500_000, 0, 0, 0,
            held(2002, "H100-YRD-2027M06", 1, "19.20"), held(2002, "H100-YRD-2027M07", -5, "19.10"),
            held(2002, "H100-GZ-2027M06", 4, "15.00"));
    private static final long DEADLINE = Instant.parse("2027-03-01T06:00:00Z").toEpochMilli();
    private static final AccountStanding CALLED = account(2003, 100_000, 300_000, 250_000, 7, 200_000, DEADLINE,
            held(2003, "H200-GZ-2027M06", 2, "20.50"));

    private static Map<Integer, Double> marks() {
        return Map.of(contract("H100-YRD-2027M06").instrumentId(), 19.50,
                contract("H100-YRD-2027M07").instrumentId(), 19.00,
                contract("H100-GZ-2027M06").instrumentId(), 15.20,
                contract("H100-GZ-2027M07").instrumentId(), 14.90,
                contract("H200-GZ-2027M06").instrumentId(), 21.00);
    }

    static ClearedDesk desk(DeskViewer viewer) {
        List<AccountStanding> seen = new ArrayList<>();
        for (AccountStanding standing : List.of(TRADER, MAKER, CALLED)) {
            if (viewer.sees(standing.account(), DESK_ACCOUNTS)) {
                seen.add(standing);
            }
        }
        return new ClearedDesk(MARCH_FIRST, LISTING, seen, marks());
    }

    /** The accounts the desk's users trade; 2003 is a counterparty's, seen only by a view of every member. */
    private static final Set<Long> DESK_ACCOUNTS = Set.of(1001L, 2002L);
    static final DeskViewer RISK_OFFICER = new DeskViewer("risk officer 'chen'", DeskViewer.Scope.DESK, Set.of());
    private static final DeskViewer TRADER_LI = new DeskViewer("trader 'li'", DeskViewer.Scope.OWN, Set.of(1001L));

    private final List<DeskViewer> readFor = new ArrayList<>();
    private final DeskRiskViewModel risk = new DeskRiskViewModel(new CurrentThreadTaskExecutor());

    private void open(DeskViewer viewer) {
        risk.connect(who -> {
            readFor.add(who);
            return desk(who);
        });
        risk.signedIn(viewer);
    }

    /** The risk officer with the view widened to every member: all three accounts. */
    private void openEveryMember() {
        open(RISK_OFFICER);
        risk.everyMemberProperty().set(true);
    }

    @Test
    void deltas_bucket_by_month_and_hub_summed_over_accounts_and_products() {
        openEveryMember();

        GreekHeatmap map = risk.heatmapProperty().get();
        assertThat(map.months()).containsExactly(JUNE, JULY);
        assertThat(map.hubs()).containsExactly("GZ", "YRD");
        // June YRD: 3 + 1 lots of H100; July YRD: -5; June GZ: 4 lots of H100 and 2 of H200; July GZ: -2.
        assertThat(map.value(JUNE, "YRD")).isCloseTo(4_000, within(GREEK_TOLERANCE));
        assertThat(map.value(JULY, "YRD")).isCloseTo(-5_000, within(GREEK_TOLERANCE));
        assertThat(map.value(JUNE, "GZ")).isCloseTo(6_000, within(GREEK_TOLERANCE));
        assertThat(map.value(JULY, "GZ")).isCloseTo(-2_000, within(GREEK_TOLERANCE));
        assertThat(map.monthTotal(JUNE)).isCloseTo(10_000, within(GREEK_TOLERANCE));
        assertThat(map.monthTotal(JULY)).isCloseTo(-7_000, within(GREEK_TOLERANCE));
        assertThat(map.hubTotal("YRD")).isCloseTo(-1_000, within(GREEK_TOLERANCE));
        assertThat(map.hubTotal("GZ")).isCloseTo(4_000, within(GREEK_TOLERANCE));
        assertThat(map.total()).isCloseTo(3_000, within(GREEK_TOLERANCE));
        assertThat(map.largest()).isCloseTo(6_000, within(GREEK_TOLERANCE));
    }

    @Test
    void futures_have_no_gamma_or_vega_and_the_chooser_redraws_the_map() {
        open(RISK_OFFICER);

        risk.greekProperty().set(Greek.GAMMA);
        assertThat(risk.heatmapProperty().get().greek()).isEqualTo(Greek.GAMMA);
        assertThat(risk.heatmapProperty().get().largest()).isCloseTo(0, within(GREEK_TOLERANCE));
        risk.greekProperty().set(Greek.VEGA);
        assertThat(risk.heatmapProperty().get().largest()).isCloseTo(0, within(GREEK_TOLERANCE));
    }

    @Test
    void the_book_is_the_cleared_positions_valued_at_their_average_price_on_the_marks() {
        openEveryMember();

        PricedDesk priced = risk.pricedProperty().get();
        assertThat(priced.book().positions()).isEqualTo(6);
        assertThat(priced.unpriced()).isZero();
        // 1001's June YRD: 3 lots bought at 19.00, marked 19.50: 0.50 x 3,000 GPU-hours.
        assertThat(priced.byPosition().get("1001/H100-YRD-2027M06").presentValue())
                .isCloseTo(1_500, within(CNY_TOLERANCE));
        // The whole book: 1500 + (14.90-15.00)x-2000 + (19.50-19.20)x1000 + (19.00-19.10)x-5000 + (15.20-15.00)x4000
        // + (21.00-20.50)x2000 = 1500 + 200 + 300 + 500 + 800 + 1000.
        assertThat(priced.book().contents().portfolio().presentValue(Market.of(priced.book().contents().market())))
                .isCloseTo(4_300, within(CNY_TOLERANCE));
    }

    @Test
    void a_risk_officer_sees_the_desks_accounts_and_may_widen_to_every_member() {
        open(RISK_OFFICER);

        assertThat(risk.mayWidenProperty().get()).isTrue();
        assertThat(risk.margins()).extracting(MarginRow::account).containsExactly(1001L, 2002L);
        risk.everyMemberProperty().set(true);
        assertThat(readFor).extracting(DeskViewer::scope)
                .containsExactly(DeskViewer.Scope.DESK, DeskViewer.Scope.EXCHANGE);
        assertThat(risk.margins()).extracting(MarginRow::account).containsExactly(1001L, 2002L, 2003L);
    }

    @Test
    void a_trader_sees_only_its_own_accounts() {
        open(TRADER_LI);
        risk.everyMemberProperty().set(true);

        assertThat(risk.mayWidenProperty().get()).isFalse();
        assertThat(readFor).as("a trader cannot widen the view").containsExactly(TRADER_LI, TRADER_LI);
        assertThat(risk.margins()).extracting(MarginRow::account).containsExactly(1001L);
        GreekHeatmap map = risk.heatmapProperty().get();
        assertThat(map.value(JUNE, "YRD")).isCloseTo(3_000, within(GREEK_TOLERANCE));
        assertThat(map.value(JULY, "GZ")).isCloseTo(-2_000, within(GREEK_TOLERANCE));
        assertThat(map.total()).isCloseTo(1_000, within(GREEK_TOLERANCE));
    }

    @Test
    void margin_rows_show_held_against_required_and_mark_the_short_accounts() {
        openEveryMember();

        assertThat(risk.margins()).extracting(MarginRow::account).containsExactly(1001L, 2002L, 2003L);
        MarginRow covered = risk.margins().get(0);
        assertThat(covered.health()).isEqualTo(AccountHealth.COVERED);
        assertThat(covered.held()).isEqualByComparingTo("10000.00");
        assertThat(covered.excess()).isEqualByComparingTo("40000.00");
        assertThat(covered.shortOfMargin()).isFalse();
        MarginRow belowMaintenance = risk.margins().get(1);
        assertThat(belowMaintenance.health()).isEqualTo(AccountHealth.BELOW_MAINTENANCE);
        assertThat(belowMaintenance.held()).isEqualByComparingTo("4500.00");
        assertThat(belowMaintenance.excess()).isEqualByComparingTo("-1500.00");
        assertThat(belowMaintenance.shortOfMargin()).isTrue();
        MarginRow called = risk.margins().get(2);
        assertThat(called.health()).isEqualTo(AccountHealth.CALLED);
        assertThat(called.call()).isEqualByComparingTo("2000.00");
        assertThat(called.deadline()).contains(Instant.ofEpochMilli(DEADLINE));
        assertThat(called.positions()).isEqualTo(1);
    }

    @Test
    void choosing_an_account_drills_into_its_positions_with_their_greeks() {
        open(RISK_OFFICER);

        risk.chosenAccountProperty().set(risk.margins().get(1));

        assertThat(risk.positions()).as("in clearing's order").extracting(PositionRisk::symbol)
                .containsExactly("H100-YRD-2027M06", "H100-YRD-2027M07", "H100-GZ-2027M06");
        PositionRisk july = risk.positions().get(1);
        assertThat(july.netLots()).isEqualTo(-5);
        assertThat(july.averagePrice()).isEqualByComparingTo("19.10");
        assertThat(july.mark()).contains(19.00);
        assertThat(july.greek(Greek.DELTA).orElseThrow()).isCloseTo(-5_000, within(GREEK_TOLERANCE));
    }

    @Test
    void clearing_changes_during_a_reading_ask_for_one_more_reading_after_it() {
        HeldTaskExecutor worker = new HeldTaskExecutor();
        DeskRiskViewModel coalescing = new DeskRiskViewModel(worker);
        coalescing.connect(who -> {
            readFor.add(who);
            return desk(who);
        });
        assertThat(worker.heldCount()).as("nobody signed in: nothing to read").isZero();
        coalescing.signedIn(RISK_OFFICER);
        assertThat(worker.heldCount()).isEqualTo(1);

        for (long sequence = 1; sequence <= 3; sequence++) {
            coalescing.onEvents(List.of(new MarginRequirementChanged(sequence, 0, 1001, 1, 1)));
        }
        coalescing.onEvents(List.of(new DepthChanged(4, 0, 1, 1, Side.BID, 1900, 1, 1)));
        assertThat(worker.heldCount()).as("one reading at a time").isEqualTo(1);
        worker.release();

        assertThat(readFor).as("the reading under way, then one for the changes during it").hasSize(2);
        assertThat(coalescing.margins()).hasSize(2);
        coalescing.onEvents(List.of(new DepthChanged(5, 0, 1, 2, Side.BID, 1900, 2, 1)));
        assertThat(worker.heldCount()).as("a book's depth alone changes no position or margin").isZero();
    }
}
