package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.ClaimPaid;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.IndexMethod;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.event.OutageReported;
import com.suanli.exchange.engine.event.PolicyExpired;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.PolicyWritten;

import java.math.BigInteger;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An independent model of the insurance rules, fed the event stream in order: from each policy
 * written, outage reported and index fixed it works out which claims and expiries must follow,
 * written the slow and obvious way (cover bounds from the Shanghai time zone, never before the policy
 * was written, losses in
 * {@code BigInteger}), and checks that the events that follow are exactly those, and that every
 * premium and claim moved that cash between those accounts. The fixtures' H100 is worth one fen a
 * GPU-hour per tick (1,000 fen a tick on 1,000 GPU-hours).
 */
final class InsuranceModel implements EventSink {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** What the model knows of a policy. */
    static final class Modelled {
        final PolicyWritten written;
        long paid;
        boolean live = true;
        long premiumPaid;
        long claimedInLedger;

        Modelled(PolicyWritten written) {
            this.written = written;
        }

        long collateral() {
            return live ? written.limit() - paid : 0;
        }
    }

    final List<Modelled> policies = new ArrayList<>();
    private final Deque<long[]> expected = new ArrayDeque<>();
    long claims;
    long expiries;

    @Override
    public void onEvent(ExchangeEvent event) {
        if (event instanceof PolicyWritten w) {
            assertThat(w.policyId()).isEqualTo(policies.size() + 1);
            policies.add(new Modelled(w));
        } else if (event instanceof OutageReported o) {
            for (Modelled p : policies) {
                PolicyWritten w = p.written;
                if (p.live && w.kind() == PolicyKind.OUTAGE_COVER && w.hub() == o.hub()
                        && w.productCode().equals(o.productCode())) {
                    long coverStart = Math.max(w.firstDay().atStartOfDay(SHANGHAI).toInstant().toEpochMilli(),
                            w.timestamp());
                    long coverEnd = w.lastDay().plusDays(1).atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
                    long payable = Math.min(o.end(), coverEnd) - Math.max(o.start(), coverStart) - w.trigger() * 60_000;
                    if (payable > 0) {
                        BigInteger loss = BigInteger.valueOf(w.units()).multiply(BigInteger.valueOf(o.unitsOffline()))
                                .multiply(BigInteger.valueOf(payable)).multiply(BigInteger.valueOf(o.unitPrice()))
                                .divide(BigInteger.valueOf(o.hubUnits()).multiply(BigInteger.valueOf(3_600_000)));
                        expectClaim(p, loss.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue(), o.outageId());
                    }
                }
            }
        } else if (event instanceof IndexPublished i && i.method() != IndexMethod.RESTATED) {
            for (Modelled p : policies) {
                PolicyWritten w = p.written;
                if (p.live && w.kind() == PolicyKind.PRICE_SPIKE_CAP && w.hub() == i.hub()
                        && w.productCode().equals(i.productCode()) && !i.day().isBefore(w.firstDay())
                        && !i.day().isAfter(w.lastDay()) && i.value() > w.trigger()) {
                    expectClaim(p, (i.value() - w.trigger()) * w.units(), 0);
                }
            }
            for (Modelled p : policies) {
                if (p.live && p.written.hub() == i.hub() && p.written.productCode().equals(i.productCode())
                        && i.day().isAfter(p.written.lastDay())) {
                    expected.add(new long[] {p.written.policyId(), -1, p.written.limit() - p.paid});
                    p.live = false;
                }
            }
        } else if (event instanceof ClaimPaid c) {
            long[] next = expected.poll();
            assertThat(next).as("claim %d expected", c.claimId()).isNotNull();
            assertThat(new long[] {c.policyId(), c.outageId(), c.loss(), c.amount(), c.paidToDate()})
                    .as("claim %d", c.claimId()).containsExactly(next);
            Modelled p = policies.get((int) c.policyId() - 1);
            assertThat(new long[] {c.holderAccount(), c.insurerAccount()})
                    .containsExactly(p.written.holderAccount(), p.written.insurerAccount());
            claims++;
        } else if (event instanceof PolicyExpired x) {
            long[] next = expected.poll();
            assertThat(next).as("expiry of %d expected", x.policyId()).isNotNull();
            assertThat(new long[] {x.policyId(), -1, x.released()}).containsExactly(next);
            assertThat(x.paid()).isEqualTo(policies.get((int) x.policyId() - 1).paid);
            expiries++;
        } else if (event instanceof CashMoved m && m.reason() == CashReason.INSURANCE_PREMIUM) {
            Modelled p = policies.get((int) m.reference() - 1);
            assertThat(new long[] {m.debitAccount(), m.creditAccount(), m.amount()}).containsExactly(
                    p.written.holderAccount(), p.written.insurerAccount(), p.written.premium());
            p.premiumPaid += m.amount();
        } else if (event instanceof CashMoved m && m.reason() == CashReason.INSURANCE_CLAIM) {
            Modelled p = policies.get((int) m.reference() - 1);
            assertThat(new long[] {m.debitAccount(), m.creditAccount()}).containsExactly(p.written.insurerAccount(),
                    p.written.holderAccount());
            p.claimedInLedger += m.amount();
        }
    }

    /** The claim a loss must pay, if anything is left of the limit. */
    private void expectClaim(Modelled p, long loss, long outageId) {
        long amount = Math.min(loss, p.written.limit() - p.paid);
        if (amount > 0) {
            p.paid += amount;
            expected.add(new long[] {p.written.policyId(), outageId, loss, amount, p.paid});
        }
    }

    /** Every claim and expiry the model expected has been published. */
    void settled() {
        assertThat(expected).as("claims and expiries still expected").isEmpty();
    }
}
