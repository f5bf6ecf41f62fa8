package com.suanli.desk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The account panel's figures from a real engine with the desk's clearing house ({@code ClearingSetup.standard()}),
 * the account opened and funded by commands, without a window. The oracles are the standard set-up's published
 * numbers (docs/CLEARING.md): a 15% scan range per lot, initial margin 110% of maintenance, a taker fee of 2 bp
 * and a maker rebate of 1 bp of the product's first reference notional, and clearing's P&amp;L formulas.
 */
class AccountViewModelTest {

    /** 9,000 CNY: the initial margin of three lots of June (about 2,500 CNY each), not a fall of 1.50 CNY on them. */
    private static final long DEPOSIT_FEN = 900_000;
    private static final long BPS = 10_000;

    private final TraderFixture fixture = TraderFixture.cleared();
    private final AccountViewModel account = new AccountViewModel(fixture.desk, TraderFixture.MARKET_OPEN.getZone());

    AccountViewModelTest() {
        fixture.fund(DEPOSIT_FEN);
    }
    private final ContractSpec june = fixture.june;
    private final long reference = fixture.reference();
    private final long tickValue = june.tickValueFen();

    /** The standard set-up's scan range of one lot of June, fen. */
    private long scanRange() {
        return reference * tickValue * 1_500 / BPS;
    }

    /** Per lot, fen: a share of the first H100 contract's reference notional. */
    private static long feeBps(int bps) {
        ContractSpec first = TraderFixture.GUIZHOU.ofProduct("H100").contracts().get(0);
        return first.referencePriceTicks() * first.tickValueFen() * bps / BPS;
    }

    private void buyThreeAtTheReference() {
        fixture.other(Side.ASK, reference, 3);
        assertThat(fixture.orders.placeLimit(june, Side.BID, reference, 3).join().taken()).isTrue();
    }

    @Test
    void a_funded_account_shows_its_cash_no_margin_and_is_covered() {
        assertThat(account.cashProperty().get()).isEqualTo("9,000.00");
        assertThat(account.initialMarginProperty().get()).isEqualTo("0.00");
        assertThat(account.freeCashProperty().get()).isEqualTo("9,000.00");
        assertThat(account.healthProperty().get()).isEqualTo(AccountHealth.COVERED);
        assertThat(account.positions()).isEmpty();
        assertThat(account.calls()).isEmpty();
    }

    @Test
    void a_fill_shows_the_cleared_position_the_fee_paid_and_the_margin_held() {
        buyThreeAtTheReference();

        assertThat(account.positions()).singleElement().satisfies(position -> {
            assertThat(position.contract()).isEqualTo(june);
            assertThat(position.netLots()).isEqualTo(3);
            assertThat(position.averagePrice()).isEqualByComparingTo(june.toPrice(reference));
            assertThat(position.mark()).isEqualByComparingTo(june.toPrice(reference));
            assertThat(position.realisedPnl()).isEqualByComparingTo("0");
            assertThat(position.unrealisedPnl()).isEqualByComparingTo("0");
        });
        long cash = DEPOSIT_FEN - 3 * feeBps(2);
        long maintenance = 3 * scanRange();
        long initial = maintenance * 11_000 / BPS;
        assertThat(account.cashProperty().get()).isEqualTo(AccountViewModel.cny(cash));
        assertThat(account.maintenanceMarginProperty().get()).isEqualTo(AccountViewModel.cny(maintenance));
        assertThat(account.initialMarginProperty().get()).isEqualTo(AccountViewModel.cny(initial));
        assertThat(account.marginHeldProperty().get()).isEqualTo(AccountViewModel.cny(initial));
        assertThat(account.freeCashProperty().get()).isEqualTo(AccountViewModel.cny(cash - initial));
        assertThat(account.healthProperty().get()).isEqualTo(AccountHealth.COVERED);
    }

    @Test
    void the_open_lots_are_marked_to_the_market_as_it_moves_at_the_last_trade_or_the_mid() {
        buyThreeAtTheReference();

        // Two other members trade ten ticks higher: three lots gain 30 ticks.
        fixture.other(Side.BID, reference + 10, 1);
        fixture.member(TraderFixture.THIRD, Side.ASK, reference + 10, 1, TimeInForce.IOC);
        assertThat(account.positions()).singleElement().satisfies(position -> {
            assertThat(position.mark()).isEqualByComparingTo(june.toPrice(reference + 10));
            assertThat(position.unrealisedPnl()).isEqualByComparingTo(cny(30 * tickValue));
        });
        assertThat(account.unrealisedPnlProperty().get()).isEqualTo(AccountViewModel.cny(30 * tickValue));

        // A bid at +8 and an offer at +13: the mid is +10.5, half a tick above the last trade.
        fixture.other(Side.BID, reference + 8, 1);
        fixture.member(TraderFixture.THIRD, Side.ASK, reference + 13, 1, TimeInForce.GTC);
        account.markRuleProperty().set(MarkRule.MID);

        assertThat(account.positions()).singleElement().satisfies(position -> {
            assertThat(position.mark()).isEqualByComparingTo(june.toPrice(reference).add(
                    june.tickSize().multiply(new BigDecimal("10.5"))));
            assertThat(position.unrealisedPnl()).isEqualByComparingTo(cny(3 * 105 * tickValue / 10));
        });
    }

    @Test
    void closing_lots_realise_their_pnl_at_the_average_cost_as_clearing_reports_it() {
        buyThreeAtTheReference();
        fixture.member(TraderFixture.THIRD, Side.BID, reference + 10, 1, TimeInForce.GTC);

        assertThat(fixture.orders.placeLimit(june, Side.ASK, reference + 10, 1).join().taken()).isTrue();

        assertThat(account.positions()).singleElement().satisfies(position -> {
            assertThat(position.netLots()).isEqualTo(2);
            assertThat(position.realisedPnl()).isEqualByComparingTo(cny(10 * tickValue));
            assertThat(position.unrealisedPnl()).isEqualByComparingTo(cny(20 * tickValue));
            assertThat(position.totalPnl()).isEqualByComparingTo(cny(30 * tickValue));
        });
        assertThat(account.realisedPnlProperty().get()).isEqualTo(AccountViewModel.cny(10 * tickValue));
    }

    @Test
    void a_settlement_below_maintenance_calls_the_account_and_a_deposit_meets_the_call() {
        buyThreeAtTheReference();
        long settledAt = TraderFixture.MARKET_OPEN.millis() + 31 * 60_000;
        long fall = 150;
        // No trade in the closing window and no two-sided market: the operator's price settles.
        fixture.operator(new Settle(settledAt, june.instrumentId(), LocalDate.of(2027, 3, 1), reference - fall));

        long cash = DEPOSIT_FEN - 3 * feeBps(2) - 3 * fall * tickValue;
        long initial = 3 * scanRange() * 11_000 / BPS;
        assertThat(cash).as("the fall leaves the account below maintenance").isLessThan(3 * scanRange());
        assertThat(account.cashProperty().get()).isEqualTo(AccountViewModel.cny(cash));
        assertThat(account.calls()).singleElement().satisfies(call -> {
            assertThat(call.amountFen()).isEqualTo(initial - cash);
            assertThat(call.deadline()).isEqualTo(settledAt + 4 * 60 * 60_000);
            assertThat(call.status()).isEqualTo(MarginCallStatus.UNMET);
        });
        assertThat(account.healthProperty().get()).isEqualTo(AccountHealth.CALLED);
        assertThat(account.healthTextProperty().get()).isEqualTo("Margin call: " + AccountViewModel.cny(initial - cash)
                + " CNY by " + account.deadline(account.calls().get(0)));
        assertThat(account.deadline(account.calls().get(0))).isEqualTo("2027-03-01 14:01");
        assertThat(account.freeCashProperty().get()).startsWith("-");

        fixture.operator(new Deposit(settledAt + 60_000, TraderFixture.TRADER, initial - cash, 77));

        assertThat(account.calls()).singleElement().satisfies(call -> {
            assertThat(call.status()).isEqualTo(MarginCallStatus.MET);
            assertThat(call.cashFen()).isEqualTo(initial);
        });
        assertThat(account.freeCashProperty().get()).isEqualTo("0.00");
        assertThat(account.healthProperty().get()).isEqualTo(AccountHealth.COVERED);
    }

    private static BigDecimal cny(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
