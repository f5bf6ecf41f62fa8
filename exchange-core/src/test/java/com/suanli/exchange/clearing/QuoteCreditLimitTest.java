package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetCreditLimit;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.margin.ReferenceSpan;
import com.suanli.exchange.margin.ReferenceSpan.Holding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static com.suanli.exchange.clearing.ClearingFixtures.FEB_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.FUTURES;
import static com.suanli.exchange.clearing.ClearingFixtures.LISTINGS;
import static com.suanli.exchange.clearing.SequencedClearingRun.START;
import static com.suanli.exchange.clearing.SequencedClearingRun.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A market maker's two-sided quote against its firm's credit limit, through {@link Engine#submit}:
 * the quote replacing its quote is judged as one change of the whole two-sided exposure (both new
 * sides working, the replaced sides' lots given back), so a quote whose sides each fit but
 * together breach the limit is refused whole, naming the limit, the value and the account. The
 * oracle is {@link ReferenceSpan}, the from-scratch SPAN revaluation, of the account's working
 * orders with the quote's new sides in place of its old ones. The maker (firm 101, its only
 * account) is funded far beyond its margin, so only the credit limit binds.
 */
class QuoteCreditLimitTest {
    private static final long MAKER = member(1);
    private static final long FIRM = 101;
    private static final long FUNDS = 1_000_000_000;
    /** The largest lots on a side of a random quote (0: the side is not quoted). */
    private static final int MOST_LOTS = 5;
    private static final int QUOTES = 200;
    private static final int SEEDS = 6;

    private final List<ExchangeEvent> events = new ArrayList<>();
    private final Engine engine = SequencedClearingRun.clearedEngine(events::add);
    private final ReferenceSpan reference = ClearingFixtures.reference();
    private long time = START;

    QuoteCreditLimitTest() {
        for (int instrument : FUTURES) {
            send(new SessionCommand(time, instrument, SessionAction.OPEN_CONTINUOUS));
        }
        assertThat(send(new Deposit(time, MAKER, FUNDS, 1))).noneMatch(CommandRejected.class::isInstance);
    }

    private List<ExchangeEvent> send(Command command) {
        int from = events.size();
        engine.submit(command);
        time += 1_000;
        return List.copyOf(events.subList(from, events.size()));
    }

    /** The maker's initial margin, by the reference, with its quote on the instrument replaced by these lots. */
    private long initialWith(int instrument, long bidLots, long askLots) {
        Map<Integer, long[]> working = new TreeMap<>();
        for (WorkingOrder o : engine.workingOrders(MAKER)) {
            if (o.instrumentId() != instrument) {
                working.computeIfAbsent(o.instrumentId(), i -> new long[2])[o.side() == Side.BID ? 0 : 1]
                        += o.openQuantity();
            }
        }
        working.computeIfAbsent(instrument, i -> new long[2])[0] += bidLots;
        working.get(instrument)[1] += askLots;
        Map<Integer, Holding> portfolio = new TreeMap<>();
        working.forEach((i, lots) -> portfolio.put(i, new Holding(engine.position(MAKER, i).netLots(), lots[0],
                lots[1])));
        return reference.initial(portfolio);
    }

    /** The maker's open lots on one side of the instrument now. */
    private long working(int instrument, Side side) {
        return engine.workingOrders(MAKER).stream()
                .filter(o -> o.instrumentId() == instrument && o.side() == side)
                .mapToLong(WorkingOrder::openQuantity).sum();
    }

    private static String expectedRefusal(long initial, long limit) {
        return "creditLimit: firm " + FIRM + "'s accounts would need initial margin " + ClearingHouse.cny(initial)
                + " with this quote of account " + MAKER + ", beyond the firm's credit limit " + ClearingHouse.cny(limit);
    }

    @Test
    void a_quote_whose_two_sides_each_fit_but_together_breach_the_credit_limit_is_refused_whole() {
        send(new SetCreditLimit(time, FIRM, 750_000));
        // 2 lots of February bid alone: scan 2 x 322,500, at 110% 709,500 fen, within 7,500.00 CNY; the
        // ask alone the same. Both working: the scan is still 645,000 (a price move hurts one side), but
        // 2 lots could be long and 2 short: 2 spreads at the commodity's highest charge, 50,000 each,
        // so (645,000 + 100,000) x 110% = 819,500 fen.
        assertThat(initialWith(FEB_YRD, 2, 0)).isEqualTo(709_500);
        assertThat(initialWith(FEB_YRD, 2, 2)).isEqualTo(819_500);
        List<ExchangeEvent> out = send(Quote.of(time, MAKER, FEB_YRD, 2_140, 2, 2_160, 2));
        assertThat(out).singleElement().isInstanceOfSatisfying(CommandRejected.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.PRE_TRADE_CHECK);
            assertThat(r.message()).isEqualTo(expectedRefusal(819_500, 750_000));
        });
        assertThat(engine.workingOrders(MAKER)).isEmpty();
        assertThat(engine.initialMargin(MAKER)).isZero();

        // One lot a side: (322,500 + 50,000) x 110% = 409,750 fen, within the limit.
        assertThat(send(Quote.of(time, MAKER, FEB_YRD, 2_140, 1, 2_160, 1))).noneMatch(CommandRejected.class::isInstance);
        assertThat(engine.initialMargin(MAKER)).isEqualTo(409_750);
        // Replacing it by 2 a side is the same breach: the old sides' lots are given back, not added.
        assertThat(send(Quote.of(time, MAKER, FEB_YRD, 2_141, 2, 2_159, 2))).singleElement()
                .isInstanceOfSatisfying(CommandRejected.class,
                        r -> assertThat(r.message()).isEqualTo(expectedRefusal(819_500, 750_000)));
        assertThat(engine.initialMargin(MAKER)).isEqualTo(409_750);
        // 2 lots bid and the ask withdrawn: the ask's lot is given back, 709,500 fits.
        assertThat(send(Quote.of(time, MAKER, FEB_YRD, 2_141, 2, 0, 0))).noneMatch(CommandRejected.class::isInstance);
        assertThat(engine.initialMargin(MAKER)).isEqualTo(709_500);
        assertThat(working(FEB_YRD, Side.ASK)).isZero();
    }

    @Test
    void random_quotes_are_refused_exactly_when_both_new_sides_together_breach_the_credit_limit() {
        int accepted = 0;
        int refused = 0;
        int breachedOnlyTogether = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            long limit = 400_000 + random.nextLong(4_000_000);
            send(new SetCreditLimit(time, FIRM, limit));
            for (int i = 0; i < QUOTES; i++) {
                int instrument = FUTURES.get(random.nextInt(FUTURES.size()));
                long reference = LISTINGS.stream().filter(l -> l.spec().instrumentId() == instrument).findFirst()
                        .orElseThrow().spec().referencePriceTicks();
                long bidLots = random.nextInt(MOST_LOTS + 1);
                long askLots = bidLots == 0 ? 1 + random.nextInt(MOST_LOTS) : random.nextInt(MOST_LOTS + 1);
                long before = engine.initialMargin(MAKER);
                long oldBid = working(instrument, Side.BID);
                long oldAsk = working(instrument, Side.ASK);
                long expected = initialWith(instrument, bidLots, askLots);
                boolean grows = bidLots > oldBid || askLots > oldAsk;
                boolean breaches = grows && expected > limit;
                if (breaches && initialWith(instrument, bidLots, oldAsk) <= limit
                        && initialWith(instrument, oldBid, askLots) <= limit) {
                    breachedOnlyTogether++;
                }
                List<ExchangeEvent> out = send(Quote.of(time, MAKER, instrument,
                        bidLots == 0 ? 0 : reference - 1 - random.nextInt(10), bidLots,
                        askLots == 0 ? 0 : reference + 1 + random.nextInt(10), askLots));
                if (breaches) {
                    refused++;
                    assertThat(out).as("seed %d, quote %d", seed, i).singleElement()
                            .isInstanceOfSatisfying(CommandRejected.class,
                                    r -> assertThat(r.message()).isEqualTo(expectedRefusal(expected, limit)));
                    assertThat(engine.initialMargin(MAKER)).isEqualTo(before);
                    assertThat(working(instrument, Side.BID)).isEqualTo(oldBid);
                    assertThat(working(instrument, Side.ASK)).isEqualTo(oldAsk);
                } else {
                    accepted++;
                    assertThat(out).as("seed %d, quote %d", seed, i).noneMatch(CommandRejected.class::isInstance);
                    assertThat(engine.initialMargin(MAKER)).as("seed %d, quote %d", seed, i).isEqualTo(expected)
                            .isLessThanOrEqualTo(Math.max(limit, before));
                    assertThat(working(instrument, Side.BID)).isEqualTo(bidLots);
                    assertThat(working(instrument, Side.ASK)).isEqualTo(askLots);
                }
            }
            for (int instrument : FUTURES) {
                send(Quote.of(time, MAKER, instrument, 0, 0, 0, 0));
            }
        }
        assertThat(engine.clearingFaults()).isZero();
        assertThat(accepted).as("accepted").isGreaterThan(SEEDS * QUOTES / 10);
        assertThat(refused).as("refused").isGreaterThan(SEEDS * QUOTES / 10);
        assertThat(breachedOnlyTogether).as("refused though each side alone fits").isPositive();
    }
}
