package com.suanli.desk.ui.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.WritePolicy;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.insurance.IndexMarket;
import com.suanli.pricing.insurance.LostHoursSeverity;
import com.suanli.pricing.insurance.OutageCover;
import com.suanli.pricing.insurance.OutageCoverPricer;
import com.suanli.pricing.insurance.OutageRisk;
import com.suanli.pricing.insurance.PoissonFrequency;
import com.suanli.pricing.insurance.PriceSpikeCover;
import com.suanli.pricing.insurance.PriceSpikeCoverPricer;
import com.suanli.pricing.insurance.RiskLoading;
import com.suanli.pricing.model.JumpParameters;
import com.suanli.pricing.model.SpotModel;
import com.suanli.sessions.insurance.InsuranceProgramme;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Buy on the cover calculators without a window: the policy written is the quoted cover at the pricing
 * library's premium for the chosen account from the session's insurer, and every term the exchange could not
 * write is refused naming its field with nothing sent.
 */
class CoverPurchaseTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    /** Thursday 3 December 2026, 10:00 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final long HOLDER = 1001;
    /** Premiums are rounded up to the fen: at most a fen above the quote. */
    private static final double FEN = 0.01;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final List<Command> sent = new ArrayList<>();
    private CommandOutcome answer = CommandOutcome.TAKEN;
    private Optional<LocalDate> sessionDay = Optional.empty();
    private final CoverBuyer buyer = new CoverBuyer(command -> {
        sent.add(command);
        return CompletableFuture.completedFuture(answer);
    }, () -> HOLDER, CLOCK, () -> CATALOGUE, () -> sessionDay, Runnable::run);

    private static void type(Calculator calculator, String id, String value) {
        calculator.inputs().stream().filter(input -> input.id().equals(id)).findFirst().orElseThrow()
                .valueProperty().set(value);
    }

    private WritePolicy bought() {
        assertThat(sent).as("one policy written").hasSize(1);
        return (WritePolicy) sent.get(0);
    }

    @Test
    void an_outage_cover_bought_is_the_quoted_cover_at_the_sd_premium_from_today_for_its_term() {
        OutageCoverQuote calculator = new OutageCoverQuote(tasks);
        type(calculator, "aggregateLimit", "50000");

        calculator.buy(buyer);

        double premium = OutageCoverPricer.DEFAULT.measures(new OutageCover(30, 0, Double.POSITIVE_INFINITY, 0, 50000),
                new OutageRisk(PoissonFrequency.of(4), 365, LostHoursSeverity.of(2000, 1.5), 20, 0.5, 0.0),
                RiskLoading.of(0.25, 0.2, 0.99)).standardDeviationPremium();
        WritePolicy policy = bought();
        assertThat(calculator.errorProperty().get()).isEmpty();
        assertThat(calculator.boughtProperty().get()).isEqualTo("Outage cover on H100-YRD bought for account 1001");
        assertThat(policy.holderAccount()).isEqualTo(HOLDER);
        assertThat(policy.insurerAccount()).isEqualTo(InsuranceProgramme.INSURER_ACCOUNT);
        assertThat(policy.policyKind()).isEqualTo(PolicyKind.OUTAGE_COVER);
        assertThat(policy.productCode()).isEqualTo("H100");
        assertThat(policy.hub()).isEqualTo(Hub.YRD);
        assertThat(policy.firstDay()).isEqualTo(TODAY);
        assertThat(policy.lastDay()).isEqualTo(TODAY.plusDays(29));
        assertThat(policy.units()).isEqualTo(500);
        assertThat(policy.trigger()).as("no deductible").isZero();
        assertThat(policy.limit()).isEqualTo(5_000_000);
        assertThat(policy.premium() / 100.0).isBetween(premium, premium + FEN);
        assertThat(policy.timestamp()).isEqualTo(CLOCK.millis());
    }

    @Test
    void with_a_session_running_ahead_the_cover_runs_from_today_to_the_session_clocks_last_day() {
        sessionDay = Optional.of(TODAY.plusDays(40));
        OutageCoverQuote calculator = new OutageCoverQuote(tasks);
        type(calculator, "aggregateLimit", "50000");
        type(calculator, "term", "7");

        calculator.buy(buyer);

        assertThat(bought().firstDay()).as("outages are stamped in the exchange's time").isEqualTo(TODAY);
        assertThat(bought().lastDay()).isEqualTo(TODAY.plusDays(46));
    }

    @Test
    void a_cap_bought_is_struck_in_ticks_of_the_index_at_the_closed_form_strip() {
        SpikeCapQuote calculator = new SpikeCapQuote(tasks);
        type(calculator, "paths", "2000");
        type(calculator, "first", "2026-12-07");
        type(calculator, "last", "2026-12-20");
        type(calculator, "hub", "gz");

        calculator.buy(buyer);

        SpotModel model = SpotModel.schwartz(LocalDate.of(2026, 11, 27), Math.log(20), 8, 0.9)
                .withJumps(new JumpParameters(6, 0.3, 0.1));
        double strip = PriceSpikeCoverPricer.DEFAULT.strip(PriceSpikeCover.of(LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 20), 25, 1000), IndexMarket.of(LocalDate.of(2026, 11, 27), 20, model, 0.02));
        WritePolicy policy = bought();
        ContractSpec spot = CATALOGUE.contracts().stream().filter(s -> s.kind() == ContractKind.SPOT && !s.green()
                && s.hub() == Hub.GZ && s.product().code().equals("H100")).findFirst().orElseThrow();
        assertThat(policy.policyKind()).isEqualTo(PolicyKind.PRICE_SPIKE_CAP);
        assertThat(policy.hub()).isEqualTo(Hub.GZ);
        assertThat(policy.firstDay()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(policy.lastDay()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(policy.units()).isEqualTo(1000);
        assertThat(spot.toPrice(policy.trigger())).isEqualByComparingTo(new BigDecimal("25"));
        assertThat(policy.limit()).isEqualTo(20_000_000);
        assertThat(policy.premium() / 100.0).isBetween(strip, strip + FEN);
    }

    /** Types {@code value} in {@code id}, clicks Buy, expects the refusal {@code why}, then types {@code good} back. */
    private void refused(CoverCalculator calculator, String id, String value, String good, String why) {
        type(calculator, id, value);
        calculator.buy(buyer);
        assertThat(calculator.errorProperty().get()).as(id + " " + value).isEqualTo(why);
        type(calculator, id, good);
    }

    @Test
    void terms_the_exchanges_cover_has_not_are_refused_naming_the_field_and_nothing_is_sent() {
        OutageCoverQuote outage = new OutageCoverQuote(tasks);
        refused(outage, "aggregateLimit", "", "50000",
                "Aggregate limit: a cover bought pays at most a limit: type it in CNY to buy");
        refused(outage, "eventDeductible", "100", "0", "Per-event deductible: the exchange's cover has none: 0 to buy");
        refused(outage, "eventLimit", "9000", "",
                "Per-event limit: the exchange's cover has none: leave it empty to buy");
        refused(outage, "aggregateDeductible", "10", "0",
                "Aggregate deductible: the exchange's cover has none: 0 to buy");
        refused(outage, "hub", "XY", "YRD", "Hub: no hub XY");
        refused(outage, "product", "H999", "H100", "Product: no spot contract of H999 at YRD to insure");
        refused(outage, "gpus", "0", "500", "GPUs covered: must be a whole number greater than 0, was 0");

        SpikeCapQuote cap = new SpikeCapQuote(tasks);
        type(cap, "paths", "2000");
        refused(cap, "strike", "25.005", "25", "Cap: 25.005 is not a multiple of the tick 0.01");
        refused(cap, "limit", "100.001", "200000", "Limit: must be whole fen, two decimals at most");

        assertThat(sent).as("nothing written").isEmpty();
        assertThat(outage.boughtProperty().get()).isEmpty();
        assertThat(cap.results()).as("no figures beside a refusal").isEmpty();
    }

    @Test
    void the_exchanges_refusal_is_shown_worded_and_nothing_is_said_bought() {
        answer = CommandOutcome.refused(RejectReason.UNKNOWN_ACCOUNT, "insurerAccount: no account 990");
        OutageCoverQuote calculator = new OutageCoverQuote(tasks);
        type(calculator, "aggregateLimit", "50000");

        calculator.buy(buyer);

        assertThat(calculator.errorProperty().get()).contains("UNKNOWN_ACCOUNT").contains("insurerAccount: no account 990");
        assertThat(calculator.boughtProperty().get()).isEmpty();
    }
}
