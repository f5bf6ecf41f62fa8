package com.suanli.sessions.run;

import static com.suanli.sessions.run.LiveExchange.MONDAY;
import static com.suanli.sessions.run.LiveExchange.running;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.ClaimPaid;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.OutageReported;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.PolicyWritten;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.insurance.CoverTerm;
import com.suanli.sessions.insurance.InsuranceProgramme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Live outage covers pay. On a desk restarted on its database the session clock counts on from the last
 * index day fixed, a week ahead of the exchange's own day here, while the exchange stamps the outages in its
 * own time: a cover written from the session clock's day would begin after every outage it could meet and
 * never pay. Written from the exchange's day to the session clock's last, the outage wave's YRD outages
 * inside the labs' covers are paid through the ledger, insurer to lab.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LiveOutageCoverTest {

    /** The last index day the restarted desk fixed: the session clock opens on Monday 8 March. */
    private static final LocalDate FIXED_UP_TO = LocalDate.of(2027, 3, 5);

    @Test
    void an_outage_inside_a_live_cover_ahead_of_the_exchanges_day_is_paid_through_the_ledger() throws Exception {
        LiveExchange exchange = new LiveExchange().fixedUpTo(FIXED_UP_TO);
        LiveSession session = exchange.session(SessionConfigJson.readBundled("outage-wave"));
        session.setSpeed(LiveExchange.FAST);
        Thread thread = running(session);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (session.daysClosed() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        session.stop();
        thread.join();

        assertThat(session.daysClosed()).as("session days closed").isGreaterThanOrEqualTo(2);
        LocalDate sessionStart = LocalDate.of(2027, 3, 8);
        assertThat(CoverTerm.exchangeDay(exchange.now())).as("the exchange's own day").isEqualTo(MONDAY);
        List<PolicyWritten> covers = exchange.of(PolicyWritten.class).stream()
                .filter(p -> p.kind() == PolicyKind.OUTAGE_COVER).toList();
        assertThat(covers).as("each lab's cover").hasSize(6).allSatisfy(p -> {
            assertThat(p.insurerAccount()).isEqualTo(InsuranceProgramme.INSURER_ACCOUNT);
            assertThat(p.firstDay()).as("from the exchange's day").isEqualTo(MONDAY);
            assertThat(p.lastDay()).as("to the session clock's seventh day").isEqualTo(sessionStart.plusDays(6));
        });
        assertThat(exchange.of(CommandRejected.class)).as("no policy refused")
                .noneMatch(r -> r.command() == RejectedCommand.WRITE_POLICY);

        List<OutageReported> yrd = exchange.of(OutageReported.class).stream()
                .filter(o -> o.productCode().equals("H100") && o.hub() == Hub.YRD).toList();
        assertThat(yrd).as("the wave's outages at YRD").isNotEmpty();
        Map<Long, PolicyWritten> byId = covers.stream().collect(Collectors.toMap(PolicyWritten::policyId,
                Function.identity()));
        List<ClaimPaid> outageClaims = exchange.of(ClaimPaid.class).stream()
                .filter(c -> c.outageId() > 0 && byId.containsKey(c.policyId())).toList();
        assertThat(outageClaims).as("outage claims paid on the live covers").isNotEmpty().allSatisfy(claim -> {
            assertThat(byId.get(claim.policyId()).hub()).isEqualTo(Hub.YRD);
            assertThat(claim.amount()).isPositive();
        });
        List<CashMoved> ledger = exchange.of(CashMoved.class).stream()
                .filter(c -> c.reason() == CashReason.INSURANCE_CLAIM).toList();
        for (ClaimPaid claim : outageClaims) {
            assertThat(ledger).as("the ledger entry of claim " + claim.claimId()).anySatisfy(entry -> {
                assertThat(entry.reference()).isEqualTo(claim.policyId());
                assertThat(entry.debitAccount()).isEqualTo(InsuranceProgramme.INSURER_ACCOUNT);
                assertThat(entry.creditAccount()).isEqualTo(claim.holderAccount());
                assertThat(entry.amount()).isEqualTo(claim.amount());
            });
        }
        assertThat(exchange.engine.clearingFaults()).isZero();
    }
}
