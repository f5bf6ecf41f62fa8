package com.suanli.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;
import com.suanli.exchange.listing.Settlement;
import com.suanli.exchange.listing.Symbol;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A day worked by hand: one H100 March contract (1,000 GPU-hours a lot, a tick 0.01 CNY, so 1,000 fen a
 * tick a lot), standard fees (taker 2 bp, maker rebate 1 bp of 2,100 x 1,000 = 2,100,000 fen: 420 and
 * 210 fen a lot), a maker selling 2 lots at 2,100 to a taker, a settlement at the operator's 2,110.
 */
class StatementBookTest {

    private static final ComputeProduct H100 = ComputeProduct.of("H100", "NVIDIA H100 SXM 80GB", ProductClass.GPU,
            new Ratings(989, 1979, 34, 80, 3.35, 0, 0.7));
    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private static final ContractSpec MARCH_YRD = new ContractSpec(1, Symbol.future("H100", Hub.YRD, false, MARCH)
            .toString(), H100, Hub.YRD, false, ContractKind.FUTURE, MARCH, Settlement.CASH, 1000, new BigDecimal("0.01"),
            1, 500, 1000, 2_100, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 24), MARCH.atEndOfMonth());
    private static final Catalogue CATALOGUE = Catalogue.of(List.of(MARCH_YRD));
    private static final long T = 1_799_000_000_000L;
    private static final long MAKER = 100;
    private static final long TAKER = 101;
    private static final LocalDate DAY = LocalDate.of(2027, 1, 4);

    private final StatementBook book = new StatementBook(CATALOGUE);
    private final Engine engine = new Engine(CATALOGUE, EngineConfig.defaults(), book, PreTradeCheck.ALLOW_ALL,
            OrderBookFactory.FAST, ClearingSetup.standard().over(CATALOGUE));

    @Test
    void a_day_of_fees_and_variation_margin_reconciles_to_the_penny() {
        tradeAndSettle();
        AccountStatement taker = statementOf(book.close(DAY), TAKER);
        // Deposit 5,000,000; taker fee 2 x 420 = 840; variation margin 2 lots x 10 ticks x 1,000 = 20,000.
        assertThat(taker.movements()).containsExactly(Map.entry(CashReason.DEPOSIT, 5_000_000L),
                Map.entry(CashReason.FEE, -840L), Map.entry(CashReason.VARIATION_MARGIN, 20_000L));
        assertThat(taker.closingCash()).isEqualTo(5_019_160).isEqualTo(engine.cash(TAKER));
        assertThat(taker.feesPaid()).isEqualTo(840);
        assertThat(taker.reconciles()).isTrue();
        PositionLine line = taker.positions().get(0);
        assertThat(line.netLots()).isEqualTo(2);
        assertThat(line.averagePrice()).isEqualByComparingTo("2100");
        assertThat(line.settlementPrice()).isEqualTo(2_110);
        assertThat(line.unrealisedPnl()).isEqualTo(20_000);
        assertThat(taker.initialMargin()).isEqualTo(engine.initialMargin(TAKER)).isPositive();
        assertThat(taker.excessMargin()).isEqualTo(taker.closingCash() - taker.initialMargin());

        AccountStatement maker = statementOf(book.close(DAY), MAKER);
        assertThat(maker.movements()).as("the next day starts empty").isEmpty();
        assertThat(maker.openingCash()).isEqualTo(maker.closingCash()).isEqualTo(5_000_000 + 2 * 210 - 20_000);
    }

    @Test
    void the_exchange_accounts_state_what_they_collected() {
        tradeAndSettle();
        List<AccountStatement> statements = book.close(DAY);
        assertThat(statementOf(statements, ClearingSetup.FEE_ACCOUNT).closingCash()).isEqualTo(840 - 420);
        assertThat(statementOf(statements, ClearingSetup.SETTLEMENT_ACCOUNT).closingCash()).isZero();
        assertThat(statements.stream().mapToLong(AccountStatement::closingCash).sum()).isEqualTo(engine.netDeposits());
    }

    @Test
    void a_stream_joined_in_the_middle_is_refused_naming_the_account() {
        StatementBook late = new StatementBook(CATALOGUE);
        ExchangeEvent entry = new CashMoved(9, T, 1, CashReason.DEPOSIT, 1, CashMoved.OUTSIDE_WORLD, 555, 10, -10, 10);
        assertThatThrownBy(() -> late.onEvent(entry)).hasMessageContaining("account 555 moves before its AccountOpened");
    }

    private void tradeAndSettle() {
        engine.submit(new RegisterFirm(T, 10, "Member A"));
        engine.submit(new RegisterFirm(T, 20, "Member B"));
        engine.submit(new OpenAccount(T, MAKER, 10, AccountKind.MARKET_MAKER));
        engine.submit(new OpenAccount(T, TAKER, 20, AccountKind.TRADER));
        engine.submit(new Deposit(T, MAKER, 5_000_000, 1));
        engine.submit(new Deposit(T, TAKER, 5_000_000, 2));
        engine.submit(new SessionCommand(T, MARCH_YRD.instrumentId(), SessionAction.OPEN_CONTINUOUS));
        engine.submit(PlaceOrder.limit(T, MAKER, 1, MARCH_YRD.instrumentId(), Side.ASK, 2_100, 2, TimeInForce.GTC));
        engine.submit(PlaceOrder.limit(T, TAKER, 1, MARCH_YRD.instrumentId(), Side.BID, 2_100, 2, TimeInForce.GTC));
        engine.submit(new Settle(T + 1, MARCH_YRD.instrumentId(), DAY, 2_110));
    }

    private static AccountStatement statementOf(List<AccountStatement> statements, long account) {
        return statements.stream().filter(statement -> statement.account() == account).findFirst().orElseThrow();
    }

}
