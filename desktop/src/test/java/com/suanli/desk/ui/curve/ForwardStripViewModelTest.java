package com.suanli.desk.ui.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.chart.ArchivedTrade;
import com.suanli.desk.ui.chart.MarketTrades;
import com.suanli.desk.ui.chart.TradeArchive;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.SettlementMethod;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The futures strip of the linked product and hub against the pricing curve, on a real engine, without a window. */
class ForwardStripViewModelTest {

    /** The curve reproduces each month's quote as its monthly average (docs/PRICING.md) to this. */
    private static final double CURVE_EXACT = 1e-9;
    private static final BigDecimal PREMIUM = new BigDecimal("0.50");

    private final TraderFixture fixture = new TraderFixture();
    private final MarketTrades market = new MarketTrades(fixture);
    private final LocalDate today = LocalDate.now(TraderFixture.MARKET_OPEN);
    private final List<Underlying> curvesAsked = new ArrayList<>();

    /** The Guizhou H100 futures still alive today, nearest first: the strip the view must show. */
    private List<ContractSpec> strip() {
        return TraderFixture.GUIZHOU.contracts().stream()
                .filter(contract -> contract.kind() == ContractKind.FUTURE
                        && Underlying.of(contract).equals(Underlying.of(fixture.june))
                        && !contract.expiry().isBefore(today))
                .sorted(Comparator.comparing(ContractSpec::deliveryMonth))
                .toList();
    }

    /** A desk curve half a yuan over every reference price. */
    private Optional<PricingCurve> deskCurve(Underlying underlying, LocalDate day) {
        curvesAsked.add(underlying);
        TreeMap<YearMonth, Double> quotes = new TreeMap<>();
        for (ContractSpec contract : strip()) {
            quotes.put(contract.deliveryMonth(), reference(contract).add(PREMIUM).doubleValue());
        }
        return Optional.of(new PricingCurve(ForwardCurve.of(quotes), "curve of " + day));
    }

    private static BigDecimal reference(ContractSpec contract) {
        return contract.toPrice(contract.referencePriceTicks());
    }

    private ForwardStripViewModel strip(CurveSource curves) {
        return strip(curves, TradeArchive.NONE);
    }

    private ForwardStripViewModel strip(CurveSource curves, TradeArchive archive) {
        return new ForwardStripViewModel(fixture.desk, fixture.link, curves, archive, new CurrentThreadTaskExecutor(),
                TraderFixture.MARKET_OPEN);
    }

    @Test
    void the_strip_lists_every_live_month_of_the_product_and_hub_with_the_curve_of_each() {
        ForwardStripViewModel view = strip(this::deskCurve);

        fixture.link.selectedInstrumentProperty().set(fixture.june);

        assertThat(view.points()).extracting(StripPoint::contract).containsExactlyElementsOf(strip());
        assertThat(view.points()).hasSizeGreaterThan(3).allSatisfy(point -> {
            assertThat(point.curve()).isCloseTo(reference(point.contract()).add(PREMIUM).doubleValue(),
                    within(CURVE_EXACT));
            assertThat(point.mark()).isEmpty();
            assertThat(point.richness()).isEmpty();
        });
        assertThat(view.statusProperty().get()).isEqualTo("H100 @ GZ · curve of 2027-03-01");
        assertThat(view.detailProperty().get()).isEqualTo("H100 @ GZ · " + strip().size()
                + " months · curve of 2027-03-01");
    }

    @Test
    void the_market_marks_each_month_at_its_mid_else_last_else_settlement_rich_or_cheap_to_the_curve() {
        ForwardStripViewModel view = strip(this::deskCurve);
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        ContractSpec september = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M09");
        ContractSpec december = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M12");
        long ref = fixture.reference();

        fixture.other(Side.BID, ref - 1, 2);
        fixture.other(Side.ASK, ref + 1, 2);
        market.trade(september, 0, september.referencePriceTicks() + 80, 1);
        fixture.desk.apply(List.of(new SettlementPricePublished(1_000_000, TraderFixture.MARKET_OPEN.millis(), 1,
                december.instrumentId(), today.minusDays(1), december.referencePriceTicks() + 60,
                SettlementMethod.OPERATOR, 0, 0, 0)));

        StripPoint june = point(view, fixture.june);
        assertThat(june.mid()).isEqualByComparingTo(reference(fixture.june));
        assertThat(june.richness().getAsDouble()).isCloseTo(-0.50, within(CURVE_EXACT));
        assertThat(june.richnessTicks().getAsDouble()).isEqualTo(-50.0);
        StripPoint sep = point(view, september);
        assertThat(sep.mid()).isNull();
        assertThat(sep.mark()).contains(september.toPrice(september.referencePriceTicks() + 80));
        assertThat(sep.richness().getAsDouble()).isCloseTo(0.30, within(CURVE_EXACT));
        StripPoint dec = point(view, december);
        assertThat(dec.mark()).contains(december.toPrice(december.referencePriceTicks() + 60));
        assertThat(dec.richnessTicks().getAsDouble()).isEqualTo(10.0);
    }

    /** A hidden strip keeps the settlements it hears but works nothing out on a batch; shown, it catches up at once. */
    @Test
    void a_hidden_strip_is_not_worked_out_on_each_batch_and_catches_up_when_shown() {
        BooleanProperty shown = new SimpleBooleanProperty(false);
        ForwardStripViewModel view = new ForwardStripViewModel(fixture.desk, fixture.link, this::deskCurve,
                TradeArchive.NONE, new CurrentThreadTaskExecutor(), TraderFixture.MARKET_OPEN, shown);
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        ContractSpec december = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M12");
        List<StripPoint> chosen = view.points();
        List<String> statuses = new ArrayList<>();
        view.statusProperty().addListener(status -> statuses.add(view.statusProperty().get()));
        long ref = fixture.reference();

        fixture.other(Side.BID, ref - 1, 2);
        fixture.other(Side.ASK, ref + 1, 2);
        fixture.desk.apply(List.of(new SettlementPricePublished(1_000_000, TraderFixture.MARKET_OPEN.millis(), 1,
                december.instrumentId(), today.minusDays(1), december.referencePriceTicks() + 60,
                SettlementMethod.OPERATOR, 0, 0, 0)));
        assertThat(view.points()).isSameAs(chosen);
        assertThat(point(view, fixture.june).mid()).isNull();
        assertThat(statuses).isEmpty();

        shown.set(true);
        assertThat(point(view, fixture.june).mid()).isEqualByComparingTo(reference(fixture.june));
        assertThat(point(view, december).mark()).contains(december.toPrice(december.referencePriceTicks() + 60));
    }

    private static StripPoint point(ForwardStripViewModel view, ContractSpec contract) {
        return view.points().stream().filter(point -> point.contract().equals(contract)).findFirst().orElseThrow();
    }

    @Test
    void the_curve_is_read_once_per_underlying_and_each_month_of_its_days_averages_to_the_month() {
        ForwardStripViewModel view = strip(this::deskCurve);
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        fixture.link.selectedInstrumentProperty().set(TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M09"));

        assertThat(curvesAsked).containsExactly(Underlying.of(fixture.june));
        List<CurveDay> days = view.curveDays();
        assertThat(days.get(0).day()).isEqualTo(strip().get(0).deliveryMonth().atDay(1));
        for (StripPoint point : view.points()) {
            YearMonth month = point.contract().deliveryMonth();
            double average = days.stream().filter(day -> YearMonth.from(day.day()).equals(month))
                    .mapToDouble(CurveDay::price).average().orElseThrow();
            assertThat(average).as("%s", month).isCloseTo(point.curve(), within(CURVE_EXACT));
        }
    }

    @Test
    void a_month_that_has_not_traded_since_the_desk_started_is_marked_at_its_newest_recorded_trade() {
        ContractSpec september = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M09");
        long recorded = september.referencePriceTicks() - 20;
        List<Integer> asked = new ArrayList<>();
        ForwardStripViewModel view = strip(this::deskCurve, (instrumentId, newest) -> {
            asked.add(instrumentId);
            return instrumentId == september.instrumentId()
                    ? List.of(new ArchivedTrade(9, TraderFixture.MARKET_OPEN.millis() - 86_400_000L, recorded, 2,
                            Aggressor.SELLER))
                    : List.of();
        });
        fixture.link.selectedInstrumentProperty().set(fixture.june);

        assertThat(asked).containsExactlyElementsOf(strip().stream().map(ContractSpec::instrumentId).toList());
        assertThat(point(view, september).last()).isEqualByComparingTo(september.toPrice(recorded));
        assertThat(point(view, september).richnessTicks().getAsDouble()).isEqualTo(-70.0);

        market.trade(september, 0, september.referencePriceTicks() + 5, 1);

        assertThat(point(view, september).last()).isEqualByComparingTo(
                september.toPrice(september.referencePriceTicks() + 5));
    }

    @Test
    void without_a_stored_curve_the_listing_reference_prices_make_it() {
        ForwardStripViewModel view = strip(((CurveSource) (underlying, day) -> Optional.empty())
                .orElse(new ReferenceCurves(fixture.desk::catalogue)));

        fixture.link.selectedInstrumentProperty().set(fixture.june);

        assertThat(view.points()).allSatisfy(point -> assertThat(point.curve())
                .isCloseTo(reference(point.contract()).doubleValue(), within(CURVE_EXACT)));
        assertThat(view.statusProperty().get()).isEqualTo("H100 @ GZ · reference curve");
    }

    @Test
    void no_curve_at_all_is_said_and_choosing_a_month_links_its_contract() {
        ForwardStripViewModel view = strip((underlying, day) -> Optional.empty());
        fixture.link.selectedInstrumentProperty().set(fixture.june);

        assertThat(view.statusProperty().get()).endsWith("no curve for H100@GZ");
        assertThat(view.points()).allSatisfy(point -> assertThat(point.curve()).isNaN());

        view.choose(view.points().get(view.points().size() - 1));

        assertThat(fixture.link.selectedInstrumentProperty().get()).isEqualTo(strip().get(strip().size() - 1));
    }
}
