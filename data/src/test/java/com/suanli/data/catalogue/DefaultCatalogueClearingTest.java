package com.suanli.data.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard clearing set-up takes every contract of the default catalogue, and its futures margin and clear. */
class DefaultCatalogueClearingTest {

    private static final long BUYER = ClearingSetup.FIRST_MEMBER_ACCOUNT;
    private static final long SELLER = ClearingSetup.FIRST_MEMBER_ACCOUNT + 1;

    private final Catalogue catalogue = CatalogueJson.readDefault();
    private final List<ExchangeEvent> events = new ArrayList<>();
    private final Engine engine = new Engine(catalogue, EngineConfig.defaults(), events::add, PreTradeCheck.ALLOW_ALL,
            OrderBookFactory.FAST, ClearingSetup.standard().over(catalogue));

    @Test
    void every_contract_is_cleared_and_a_trade_in_each_product_margins_both_sides() {
        LocalDate day = LocalDate.of(2027, 1, 4);
        long time = day.atTime(2, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        engine.submit(new RegisterFirm(time, 10, "Member A"));
        engine.submit(new OpenAccount(time, BUYER, 10, AccountKind.TRADER));
        engine.submit(new OpenAccount(time, SELLER, 10, AccountKind.TRADER));
        engine.submit(new Deposit(time, BUYER, 10_000_000_000L, 1));
        engine.submit(new Deposit(time, SELLER, 10_000_000_000L, 2));
        long clientId = 0;
        for (var product : catalogue.products()) {
            ContractSpec future = catalogue.ofProduct(product.code()).contracts().stream()
                    .filter(spec -> spec.deliveryMonth() != null && spec.isTradable(day)).findFirst().orElseThrow();
            engine.submit(new SessionCommand(time, future.instrumentId(), SessionAction.OPEN_CONTINUOUS));
            long price = future.referencePriceTicks();
            engine.submit(PlaceOrder.limit(time, SELLER, ++clientId, future.instrumentId(), Side.ASK, price, 2,
                    TimeInForce.GTC));
            engine.submit(PlaceOrder.limit(time, BUYER, ++clientId, future.instrumentId(), Side.BID, price, 2,
                    TimeInForce.GTC));
            assertThat(engine.position(BUYER, future.instrumentId()).netLots()).as(future.symbol()).isEqualTo(2);
        }
        assertThat(events).noneMatch(CommandRejected.class::isInstance);
        assertThat(engine.initialMargin(BUYER)).isPositive();
        assertThat(engine.initialMargin(SELLER)).isPositive();
        assertThat(engine.clearingFaults()).isZero();
    }
}
