package com.suanli.sessions.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.agent.Agent;
import com.suanli.sessions.agent.AgentContext;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.config.UserAccount;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.market.SessionExchange;
import com.suanli.sessions.report.SessionReport.Pnl;
import com.suanli.sessions.run.Pacing;
import com.suanli.sessions.run.SessionObserver;
import com.suanli.sessions.run.SessionRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of two days of the RMSC03-sized example (300 noise traders, one-minute steps) with a
 * user who buys a lot of the future every half hour and sells it back the next: P&amp;L is a zero-sum
 * game among the members, fees go to the exchange, each futures P&amp;L is the variation margin the
 * house paid, and the JSON says what the record says, the same on every run.
 */
class SessionReportTest {

    private static final long SEED = 4;
    private static final long USER = 7001;
    private static final int USER_EVERY_STEPS = 30;

    private static Outcome first;
    private static Outcome second;

    private record Outcome(SessionRun run, SessionReporter reporter, SessionReport report, String json,
                           Map<Long, Long> futuresMarginFen) {
    }

    @BeforeAll
    static void runTwice() throws IOException {
        String example = Files.readString(Path.of("../docs/examples/session-rmsc03.json"), StandardCharsets.UTF_8)
                .replace("\"count\": 5000", "\"count\": 300").replace("\"stepSeconds\": 10", "\"stepSeconds\": 60")
                .replace("\"days\": 1", "\"days\": 2");
        SessionConfig config = SessionConfigJson.read(example, "two-days.json");
        assertThat(config.user()).map(UserAccount::account).contains(USER);
        first = run(config);
        second = run(config);
    }

    /** The session with the user trading between steps, as the workstation's trader would. */
    private static Outcome run(SessionConfig config) {
        SessionRun run = new SessionRun(config, SEED, MonitoringFeed.NONE);
        Engine engine = SessionExchange.engine(config, run.listing(), run);
        SessionReporter reporter = new SessionReporter(run);
        Map<Long, Long> margin = new HashMap<>();
        run.observe(reporter);
        run.observe(new SessionObserver() {
            private int steps;
            private long clientOrderId;

            @Override
            public void onEvent(ExchangeEvent event) {
                if (event instanceof CashMoved c
                        && (c.reason() == CashReason.VARIATION_MARGIN || c.reason() == CashReason.SETTLEMENT)) {
                    margin.merge(c.creditAccount(), c.amount(), Long::sum);
                    margin.merge(c.debitAccount(), -c.amount(), Long::sum);
                }
            }

            @Override
            public void onStep(AgentContext context) {
                if (++steps % USER_EVERY_STEPS != 0) {
                    return;
                }
                ContractSpec future = context.listing().futures("H100", Hub.YRD,
                        context.day()).get(0);
                int id = future.instrumentId();
                boolean buy = steps / USER_EVERY_STEPS % 2 == 1;
                long price = buy ? context.market().ask(id) : context.market().bid(id);
                if (price > 0) {
                    engine.submit(PlaceOrder.limit(context.time(), USER, ++clientOrderId, id, buy ? Side.BID : Side.ASK,
                            price, 1, TimeInForce.IOC));
                }
            }
        });
        try {
            SessionReport report = reporter.report(run.run(engine::submit, Pacing.NONE));
            return new Outcome(run, reporter, report, SessionReportJson.text(report), margin);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void trading_pnl_is_zero_sum_among_the_members_and_the_fees_are_the_exchanges() {
        Pnl user = first.report().pnl().user().orElseThrow().pnl();
        BigDecimal trading = user.trading();
        BigDecimal fees = user.fees().add(first.report().pnl().exchangeFees());
        for (Pnl type : first.report().pnl().byAgentType()) {
            trading = trading.add(type.trading());
            fees = fees.add(type.fees());
            assertThat(type.total()).isEqualByComparingTo(type.trading().add(type.fees()).add(type.penalties()));
        }
        assertThat(trading).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(fees).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(first.report().pnl().exchangeFees()).isPositive();
        assertThat(first.report().pnl().byAgentType()).extracting(Pnl::type)
                .containsExactly("Market makers", "Noise traders", "Value traders", "Momentum traders");
        assertThat(user.fees()).as("the user took liquidity").isNegative();
    }

    @Test
    void each_accounts_futures_pnl_is_the_variation_margin_the_house_paid_it() {
        SessionReporter reporter = first.reporter();
        long[] marks = reporter.marks();
        int size = marks.length;
        long[] tickValues = new long[size];
        boolean[] futures = new boolean[size];
        for (ContractSpec spec : first.run().listing().contracts()) {
            tickValues[spec.instrumentId()] = spec.tickValueFen();
            futures[spec.instrumentId()] = spec.kind() == ContractKind.FUTURE;
        }
        List<Long> accounts = new ArrayList<>(first.run().roster().agents().stream().map(Agent::account).toList());
        accounts.add(USER);
        int traded = 0;
        for (long account : accounts) {
            long pnl = reporter.account(account).tradingFen(marks, tickValues, futures);
            assertThat(pnl).as("account %d", account).isEqualTo(first.futuresMarginFen().getOrDefault(account, 0L));
            traded += pnl != 0 ? 1 : 0;
        }
        assertThat(traded).as("accounts with futures P&L").isGreaterThan(10);
        assertThat(first.futuresMarginFen().getOrDefault(USER, 0L)).isNotZero();
    }

    @Test
    void the_charts_are_png_files_one_per_product_and_hub_with_volume_and_pnl(@TempDir Path directory) throws IOException {
        List<Path> charts = SessionCharts.write(first.report(), directory.resolve("charts"));

        assertThat(charts).extracting(p -> p.getFileName().toString())
                .containsExactly("price-H100-YRD.png", "volume.png", "pnl.png");
        for (Path chart : charts) {
            BufferedImage image = ImageIO.read(chart.toFile());
            assertThat(image).as(chart.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(1200);
            assertThat(image.getHeight()).isEqualTo(700);
        }
    }

    @Test
    void the_json_carries_the_report_and_is_the_same_on_every_run() throws IOException {
        assertThat(second.json()).isEqualTo(first.json());
        JsonNode json = new ObjectMapper().readTree(first.json());
        SessionReport report = first.report();
        assertThat(json.get("format").asText()).isEqualTo(SessionReport.FORMAT);
        assertThat(json.get("totals").get("eventStreamHash").asText()).isEqualTo(report.totals().eventStreamHash());
        assertThat(json.get("contracts")).hasSize(2);
        JsonNode future = json.get("contracts").get(1);
        assertThat(future.get("kind").asText()).isEqualTo("FUTURE");
        assertThat(future.get("volumeLots").asLong()).isEqualTo(report.contracts().get(1).volumeLots()).isPositive();
        assertThat(future.get("settlements")).hasSize(2);
        assertThat(future.get("meanSpreadBps").asDouble()).isPositive();
        assertThat(json.get("indices").get(0).get("fixings")).hasSize(2);
        assertThat(json.get("dailyVolume")).hasSize(2);
        assertThat(json.get("pnl").get("user").get("account").asLong()).isEqualTo(USER);
        assertThat(new BigDecimal(json.get("pnl").get("user").get("pnl").get("total").asText()))
                .isEqualByComparingTo(report.pnl().user().orElseThrow().pnl().total());
        int samplesPerDay = 13;
        assertThat(json.get("paths").get(1).get("points")).as("09:30-16:00 every 30 minutes, two days")
                .hasSize(2 * samplesPerDay);
        long volume = 0;
        for (SessionReport.ContractReport contract : report.contracts()) {
            volume += contract.volumeLots();
        }
        assertThat(report.dailyVolume().stream().mapToLong(d -> d.lotsByProduct().get("H100")).sum()).isEqualTo(volume);
    }
}
