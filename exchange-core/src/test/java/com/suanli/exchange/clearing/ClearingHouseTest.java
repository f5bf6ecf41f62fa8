package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.IndexMethod;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.event.MarginRequirementChanged;
import com.suanli.exchange.engine.event.PositionChanged;
import com.suanli.exchange.engine.event.SettlementMethod;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.margin.RiskArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import static com.suanli.exchange.clearing.ClearingFixtures.DEFAULT_FUND;
import static com.suanli.exchange.clearing.ClearingFixtures.EXCHANGE_FIRM;
import static com.suanli.exchange.clearing.ClearingFixtures.FEB_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.FEE;
import static com.suanli.exchange.clearing.ClearingFixtures.FIRM_A;
import static com.suanli.exchange.clearing.ClearingFixtures.FIRM_B;
import static com.suanli.exchange.clearing.ClearingFixtures.GREEN_SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.MAR_GZ;
import static com.suanli.exchange.clearing.ClearingFixtures.MAR_NM;
import static com.suanli.exchange.clearing.ClearingFixtures.SETTLEMENT;
import static com.suanli.exchange.clearing.ClearingFixtures.SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.T0;
import static com.suanli.exchange.clearing.ClearingFixtures.accept;
import static com.suanli.exchange.clearing.ClearingFixtures.member;
import static com.suanli.exchange.clearing.ClearingFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClearingHouseTest {
    private static final long TRADER = 101;
    private static final long MAKER = 201;
    private static final long SMALL = 301;
    private static final long CASH = 10_000_000;
    private static final long UNKNOWN = 999;
    private static final LocalDate DAY = LocalDate.of(2027, 1, 15);

    private ClearingFixtures.Recorder recorder;
    private ClearingHouse house;

    @BeforeEach
    void open() {
        recorder = new ClearingFixtures.Recorder();
        house = ClearingFixtures.exchange(recorder.stream);
        member(house, FIRM_A, TRADER, AccountKind.TRADER, CASH);
        member(house, FIRM_B, MAKER, AccountKind.MARKET_MAKER, CASH);
    }

    @Nested
    class Fees {
        @Test
        void the_taker_pays_the_fee_account_and_the_maker_is_rebated_from_it() {
            trade(house, T0 + 1, 1, FEB_YRD, 2_150, 10, TRADER, MAKER, Aggressor.BUYER);

            List<CashMoved> fees = recorder.of(CashMoved.class).stream().filter(e -> e.reference() == 1).toList();
            // Taker 300 fen x 10 lots from the buyer; the maker's rebate 100 x 10 from the fee account.
            assertThat(fees).extracting(CashMoved::reason, CashMoved::debitAccount, CashMoved::creditAccount,
                    CashMoved::amount).containsExactly(
                    tuple(CashReason.FEE, TRADER, FEE, 3_000L),
                    tuple(CashReason.REBATE, FEE, MAKER, 1_000L));
            assertThat(house.cash(TRADER)).isEqualTo(CASH - 3_000);
            assertThat(house.cash(MAKER)).isEqualTo(CASH + 1_000);
            assertThat(house.cash(FEE)).isEqualTo(2_000);
        }

        @Test
        void the_seller_pays_the_taker_fee_when_it_took_liquidity() {
            trade(house, T0 + 1, 2, FEB_YRD, 2_150, 4, TRADER, MAKER, Aggressor.SELLER);
            assertThat(house.cash(MAKER)).isEqualTo(CASH - 1_200);
            assertThat(house.cash(TRADER)).isEqualTo(CASH + 400);
        }

        @Test
        void auction_trades_pay_the_maker_fee_each_and_never_a_rebate() {
            trade(house, T0 + 1, 3, FEB_YRD, 2_150, 4, TRADER, MAKER, Aggressor.AUCTION);
            assertThat(house.cash(TRADER)).isEqualTo(CASH);
            assertThat(house.cash(MAKER)).isEqualTo(CASH);
            accept(house.setFees(T0 + 2, "H100", new FeeRate(50, 300)));
            trade(house, T0 + 3, 4, FEB_YRD, 2_150, 4, TRADER, MAKER, Aggressor.AUCTION);
            assertThat(house.cash(TRADER)).isEqualTo(CASH - 200);
            assertThat(house.cash(MAKER)).isEqualTo(CASH - 200);
            assertThat(house.cash(FEE)).isEqualTo(400);
        }
    }

    @Nested
    class Positions {
        @Test
        void average_cost_realised_and_unrealised_pnl_and_variation_margin_agree() {
            // Tick value 1,000 fen a lot.
            trade(house, T0 + 1, 1, FEB_YRD, 2_150, 10, TRADER, MAKER, Aggressor.BUYER);
            trade(house, T0 + 2, 2, FEB_YRD, 2_156, 5, TRADER, MAKER, Aggressor.SELLER);
            // Long 15, cost 21,500 + 10,780 = 32,280 ticks x lots: average 2,152.
            Position long15 = house.position(TRADER, FEB_YRD);
            assertThat(long15.netLots()).isEqualTo(15);
            assertThat(long15.averagePrice()).isEqualByComparingTo("2152");

            trade(house, T0 + 3, 3, FEB_YRD, 2_160, 6, MAKER, TRADER, Aggressor.BUYER);
            // Sell 6 at 2,160: they cost 32,280 x 6/15 = 12,912; 6 x 2,160 - 12,912 = 48 ticks = 48,000 fen.
            Position long9 = house.position(TRADER, FEB_YRD);
            assertThat(long9.realisedPnl()).isEqualTo(48_000);
            assertThat(long9.openCost()).isEqualTo(19_368);
            assertThat(long9.averagePrice()).isEqualByComparingTo("2152");

            trade(house, T0 + 4, 4, FEB_YRD, 2_140, 12, MAKER, TRADER, Aggressor.BUYER);
            // Sell 12 at 2,140: 9 close, 9 x 2,140 - 19,368 = -108 ticks; realised 48,000 - 108,000 = -60,000;
            // 3 open short at 2,140.
            Position short3 = house.position(TRADER, FEB_YRD);
            assertThat(short3.netLots()).isEqualTo(-3);
            assertThat(short3.realisedPnl()).isEqualTo(-60_000);
            assertThat(short3.averagePrice()).isEqualByComparingTo("2140");
            assertThat(short3.unrealisedPnl(2_130)).isEqualTo(30_000);
            assertThat(recorder.of(PositionChanged.class)).filteredOn(e -> e.account() == TRADER).last()
                    .extracting(PositionChanged::tradeId, PositionChanged::netLots, PositionChanged::realisedPnl)
                    .containsExactly(4L, -3L, -60_000L);
            // The maker's side mirrors it.
            assertThat(house.position(MAKER, FEB_YRD).realisedPnl()).isEqualTo(60_000);

            // Settle: 33 lots traded in the window: (21,500 + 10,780 + 12,960 + 25,680) / 33 = 2,149.09 -> 2,149.
            accept(house.settle(T0 + 5, FEB_YRD, DAY, 0, 0, 0));
            assertThat(recorder.of(SettlementPricePublished.class)).singleElement()
                    .extracting(SettlementPricePublished::price, SettlementPricePublished::method,
                            SettlementPricePublished::windowLots)
                    .containsExactly(2_149L, SettlementMethod.CLOSING_WINDOW_VWAP, 33L);
            // The trader's P&L at 2,149: -60,000 realised + (3 x 2,140 - 3 x 2,149) x 1,000 = -87,000,
            // all of it variation margin paid; the maker receives it through the settlement account.
            assertThat(house.position(TRADER, FEB_YRD).settledPnl()).isEqualTo(-87_000);
            assertThat(house.position(MAKER, FEB_YRD).settledPnl()).isEqualTo(87_000);
            List<CashMoved> variation = recorder.of(CashMoved.class).stream()
                    .filter(e -> e.reason() == CashReason.VARIATION_MARGIN).toList();
            assertThat(variation).extracting(CashMoved::debitAccount, CashMoved::creditAccount, CashMoved::amount)
                    .containsExactly(tuple(TRADER, SETTLEMENT, 87_000L),
                            tuple(SETTLEMENT, MAKER, 87_000L));
            assertThat(variation).extracting(CashMoved::reference).containsOnly(1L);
            assertThat(house.cash(SETTLEMENT)).isZero();
            // Marked: nothing pending at the settlement price.
            assertThat(house.position(TRADER, FEB_YRD).pendingVariationMargin(2_149)).isZero();
            assertThat(house.settlementPrice(FEB_YRD)).isEqualTo(2_149);
        }

        @Test
        void a_self_trade_leaves_the_position_pays_both_fees_and_sets_no_price() {
            trade(house, T0 + 1, 1, FEB_YRD, 2_150, 20, TRADER, TRADER, Aggressor.BUYER);
            assertThat(house.position(TRADER, FEB_YRD).netLots()).isZero();
            assertThat(house.position(TRADER, FEB_YRD).realisedPnl()).isZero();
            assertThat(house.cash(TRADER)).isEqualTo(CASH - 6_000 + 2_000);
            // 20 lots printed, none of them in the closing window: the operator's price is needed.
            assertThat(house.settle(T0 + 2, FEB_YRD, DAY, 0, 0, 0).reason())
                    .isEqualTo(RejectReason.OPERATOR_PRICE_REQUIRED);
        }
    }

    @Nested
    class Margin {
        @Test
        void a_fill_moves_working_lots_into_the_position_and_publishes_the_margin() {
            accept(house.orderWorking(T0 + 1, TRADER, FEB_YRD, Side.BID, 10));
            // Working orders count as if they filled: 10 x 322,500.
            assertThat(house.maintenanceMargin(TRADER)).isEqualTo(3_225_000);
            accept(house.orderWorking(T0 + 1, MAKER, FEB_YRD, Side.ASK, 4));
            accept(house.clearTrade(T0 + 2, 1, FEB_YRD, 2_150, 4, TRADER, MAKER, Aggressor.BUYER));
            assertThat(house.position(TRADER, FEB_YRD)).extracting(Position::netLots, Position::buyingLots)
                    .containsExactly(4L, 6L);
            assertThat(house.maintenanceMargin(TRADER)).isEqualTo(3_225_000);
            accept(house.orderReduced(T0 + 3, TRADER, FEB_YRD, Side.BID, 6));
            assertThat(house.maintenanceMargin(TRADER)).isEqualTo(1_290_000);
            assertThat(house.initialMargin(TRADER)).isEqualTo(1_419_000);
            assertThat(recorder.of(MarginRequirementChanged.class)).filteredOn(e -> e.account() == TRADER).last()
                    .extracting(MarginRequirementChanged::maintenance, MarginRequirementChanged::initial)
                    .containsExactly(1_290_000L, 1_419_000L);
        }

        @Test
        void a_hub_spread_earns_its_credit() {
            trade(house, T0 + 1, 1, MAR_NM, 1_620, 5, TRADER, MAKER, Aggressor.BUYER);
            trade(house, T0 + 2, 2, MAR_GZ, 1_680, 5, MAKER, TRADER, Aggressor.BUYER);
            // As worked in SpanWorkedExamplesTest: 2,475,000 scanned, 1,732,500 credit.
            assertThat(house.maintenanceMargin(TRADER)).isEqualTo(742_500);
            assertThat(house.maintenanceMargin(MAKER)).isEqualTo(742_500);
        }

        @Test
        void the_pre_trade_check_refuses_an_order_whose_initial_margin_cash_does_not_cover_and_changes_nothing() {
            member(house, FIRM_A, SMALL, AccountKind.COMPUTE_CONSUMER, 300_000);
            long before = house.stateHash();
            // One Feb lot needs 322,500 x 110% = 354,750 fen against 300,000 of cash.
            ClearingOutcome refused = house.checkOrder(SMALL, FEB_YRD, Side.BID, 1);
            assertThat(refused.reason()).isEqualTo(RejectReason.INSUFFICIENT_MARGIN);
            assertThat(refused.message()).isEqualTo("lots: account 301 would need initial margin 3547.50 CNY with 1 more"
                    + " lots working on instrument 1, and has cash 3000.00 CNY");
            assertThat(house.stateHash()).isEqualTo(before);
            accept(house.deposit(T0 + 1, SMALL, 54_750, 7));
            accept(house.checkOrder(SMALL, FEB_YRD, Side.BID, 1));
        }

        @Test
        void new_risk_arrays_reprice_every_holder() {
            trade(house, T0 + 1, 1, FEB_YRD, 2_150, 2, TRADER, MAKER, Aggressor.BUYER);
            accept(house.loadRiskArray(T0 + 2, FEB_YRD, RiskArray.future(400_000)));
            assertThat(house.maintenanceMargin(TRADER)).isEqualTo(800_000);
            assertThat(house.maintenanceMargin(MAKER)).isEqualTo(800_000);
            assertThat(recorder.of(MarginRequirementChanged.class)).filteredOn(e -> e.timestamp() == T0 + 2)
                    .extracting(MarginRequirementChanged::account).containsExactly(TRADER, MAKER);
        }
    }

    @Nested
    class Cash {
        @Test
        void a_withdrawal_may_take_the_free_cash_and_no_more() {
            trade(house, T0 + 1, 1, FEB_YRD, 2_150, 10, TRADER, MAKER, Aggressor.BUYER);
            // Cash 9,997,000; initial margin 3,225,000 x 110% = 3,547,500; free 6,449,500.
            assertThat(house.freeCash(TRADER)).isEqualTo(6_449_500);
            ClearingOutcome refused = house.withdraw(T0 + 2, TRADER, 6_449_501, 55);
            assertThat(refused.reason()).isEqualTo(RejectReason.INSUFFICIENT_FREE_CASH);
            assertThat(refused.message()).isEqualTo("amount: 64495.01 CNY exceeds the free cash 64495.00 CNY of account"
                    + " 101 (cash 99970.00 CNY, initial margin 35475.00 CNY, held for spot 0.00 CNY)");
            accept(house.withdraw(T0 + 2, TRADER, 6_449_500, 55));
            assertThat(house.freeCash(TRADER)).isZero();
            assertThat(house.netDeposits()).isEqualTo(2 * CASH - 6_449_500);
            assertThat(recorder.of(CashMoved.class)).last()
                    .extracting(CashMoved::reason, CashMoved::debitAccount, CashMoved::creditAccount, CashMoved::reference)
                    .containsExactly(CashReason.WITHDRAWAL, TRADER, CashMoved.OUTSIDE_WORLD, 55L);
        }

        @Test
        void the_exchange_may_take_its_fee_income_out() {
            trade(house, T0 + 1, 1, FEB_YRD, 2_150, 10, TRADER, MAKER, Aggressor.BUYER);
            accept(house.withdraw(T0 + 2, FEE, 2_000, 1));
            assertThat(house.cash(FEE)).isZero();
        }
    }

    @Nested
    class SpotIndex {
        @Test
        void standard_spot_trades_set_the_index_and_green_ones_do_not() {
            for (int i = 0; i < 4; i++) {
                trade(house, T0 + i, 10 + i, SPOT_YRD, 2_160, 6, TRADER, MAKER, Aggressor.BUYER);
            }
            trade(house, T0 + 5, 20, GREEN_SPOT_YRD, 2_250, 50, TRADER, MAKER, Aggressor.BUYER);
            accept(house.publishIndex(T0 + 6, "H100", Hub.YRD, DAY, 0, 0));
            assertThat(recorder.of(IndexPublished.class)).singleElement()
                    .extracting(IndexPublished::value, IndexPublished::method, IndexPublished::lots,
                            IndexPublished::trades, IndexPublished::version)
                    .containsExactly(2_160L, IndexMethod.TRADES, 24L, 4, 1);

            accept(house.restateIndex(T0 + 7, "H100", Hub.YRD, DAY, 2_158));
            assertThat(house.indexHistory("H100", Hub.YRD)).singleElement()
                    .extracting(f -> f.value(), f -> f.version()).containsExactly(2_158L, 2);
            assertThat(recorder.of(IndexPublished.class)).last()
                    .extracting(IndexPublished::method, IndexPublished::version)
                    .containsExactly(IndexMethod.RESTATED, 2);
        }
    }

    @Nested
    class BadInput {
        @Test
        void each_refusal_names_the_field_and_changes_nothing() {
            trade(house, T0 + 1, 1, FEB_YRD, 2_150, 2, TRADER, MAKER, Aggressor.BUYER);
            long before = house.stateHash();
            int published = recorder.events.size();
            long later = T0 + 10;

            refused(() -> house.deposit(later, TRADER, 0, 1), RejectReason.AMOUNT_NOT_POSITIVE,
                    "amount: a deposit must be > 0 fen, was 0 (account 101)");
            refused(() -> house.deposit(later, UNKNOWN, 100, 1), RejectReason.UNKNOWN_ACCOUNT,
                    "account: no account 999 (deposit)");
            refused(() -> house.withdraw(later, UNKNOWN, 100, 1), RejectReason.UNKNOWN_ACCOUNT,
                    "account: no account 999 (withdrawal)");
            refused(() -> house.withdraw(later, TRADER, -5, 1), RejectReason.AMOUNT_NOT_POSITIVE,
                    "amount: a withdrawal must be > 0 fen, was -5 (account 101)");
            refused(() -> house.deposit(later, SETTLEMENT, 100, 1), RejectReason.ACCOUNT_KIND_NOT_ALLOWED,
                    "account: 904 is the settlement pass-through, which takes no deposit");
            refused(() -> house.settle(later, 77, DAY, 0, 0, 2_100), RejectReason.UNKNOWN_INSTRUMENT,
                    "instrumentId: 77 is not listed for clearing");
            refused(() -> house.settle(later, SPOT_YRD, DAY, 0, 0, 2_100), RejectReason.NOT_A_FUTURE,
                    "instrumentId: H100-YRD-SPOT is spot, which has no settlement price");
            refused(() -> house.settle(later + 3_600_000, FEB_YRD, DAY, 2_100, 2_110, 0),
                    RejectReason.OPERATOR_PRICE_REQUIRED, "operatorPrice: H100-YRD-2027M02 traded 0 lots in"
                            + " the closing window and the spread 2100 / 2110 is too wide or one-sided: an operator"
                            + " price is needed");
            refused(() -> house.clearTrade(later, 9, FEB_YRD, 2_150, 3, TRADER, MAKER, Aggressor.BUYER),
                    RejectReason.NOT_ENOUGH_WORKING, "buyAccount: account 101 has 0 lots working to buy, a"
                            + " trade of 3 cannot come from them (trade 9)");
            refused(() -> house.clearTrade(later, 9, FEB_YRD, 2_150, 3, UNKNOWN, MAKER, Aggressor.BUYER),
                    RejectReason.UNKNOWN_ACCOUNT, "buyAccount: no account 999 (trade 9)");
            refused(() -> house.clearTrade(later, 9, FEB_YRD, 2_150, 3, FEE, MAKER, Aggressor.BUYER),
                    RejectReason.ACCOUNT_CANNOT_TRADE, "buyAccount: 901 is the exchange's FEE account, which"
                            + " does not trade (trade 9)");
            refused(() -> house.orderWorking(later, FEE, FEB_YRD, Side.BID, 1), RejectReason.ACCOUNT_CANNOT_TRADE,
                    "account: 901 is the exchange's FEE account, which does not trade");
            refused(() -> house.orderReduced(later, TRADER, FEB_YRD, Side.BID, 1), RejectReason.NOT_ENOUGH_WORKING,
                    "lots: account 101 has 0 lots working on the BID side of instrument 1, cannot reduce by 1");
            refused(() -> house.openAccount(later, TRADER, FIRM_A, AccountKind.TRADER),
                    RejectReason.DUPLICATE_ACCOUNT, "account: 101 is already open");
            refused(() -> house.openAccount(later, 555, 42, AccountKind.TRADER), RejectReason.UNKNOWN_FIRM,
                    "firmId: no firm 42 (account 555)");
            refused(() -> house.openAccount(later, 555, EXCHANGE_FIRM, AccountKind.DEFAULT_FUND),
                    RejectReason.HOUSE_ACCOUNT_EXISTS, "kind: the DEFAULT_FUND account is already open as account "
                            + DEFAULT_FUND);
            refused(() -> house.publishIndex(later, "A100", Hub.YRD, DAY, 0, 0), RejectReason.UNKNOWN_INDEX,
                    "productCode, hub: no spot index of A100 at YRD");
            refused(() -> house.restateIndex(later, "H100", Hub.YRD, DAY, 2_100), RejectReason.DAY_NOT_PUBLISHED,
                    "day: the index H100-YRD has no fixing on 2027-01-15");
            refused(() -> house.deposit(T0, TRADER, 100, 1), RejectReason.TIMESTAMP_BEFORE_CLEARING_TIME,
                    "timestamp: " + T0 + " is before the clearing house's time " + (T0 + 1));

            assertThat(house.stateHash()).isEqualTo(before);
            assertThat(recorder.events).hasSize(published);
        }

        @Test
        void a_day_settles_once() {
            accept(house.settle(T0 + 1, FEB_YRD, DAY, 0, 0, 2_140));
            refused(() -> house.settle(T0 + 2, FEB_YRD, DAY, 0, 0, 2_140), RejectReason.DAY_ALREADY_SETTLED,
                    "businessDay: H100-YRD-2027M02 is settled to 2027-01-15, cannot settle 2027-01-15");
        }

        @Test
        void a_contract_whose_tick_is_not_a_whole_fen_is_refused() {
            ClearingHouse fresh = ClearingFixtures.exchange(ClearingEvents.NONE);
            ContractSpec spec = ClearingFixtures.future(40, Hub.YRD, YearMonth.of(2027, 6), 2_000);
            ContractSpec fine = new ContractSpec(40, spec.symbol(), spec.product(), spec.hub(), false,
                    spec.kind(), spec.deliveryMonth(), spec.settlement(), 1, new BigDecimal("0.001"), 1, 500, 1000, 2_000,
                    spec.firstTradingDay(), spec.lastTradingDay(), spec.expiry());
            ClearingOutcome refused = fresh.listContract(T0, fine, "H100-YRD", 1, RiskArray.future(1));
            assertThat(refused.reason()).isEqualTo(RejectReason.FIELD_INVALID);
            assertThat(refused.message()).isEqualTo("tickSize: 1 units x 0.001 CNY must be a whole number of fen from 1"
                    + " to 65536 per lot (H100-YRD-2027M06)");
        }

        private void refused(Supplier<ClearingOutcome> command, RejectReason reason, String message) {
            ClearingOutcome outcome = command.get();
            assertThat(outcome.accepted()).isFalse();
            assertThat(outcome.reason()).isEqualTo(reason);
            assertThat(outcome.message()).isEqualTo(message);
        }
    }
}
