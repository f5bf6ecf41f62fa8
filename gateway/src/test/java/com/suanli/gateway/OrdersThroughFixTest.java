package com.suanli.gateway;

import static com.suanli.gateway.FixClient.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.field.CashOrderQty;
import quickfix.field.ClOrdID;
import quickfix.field.ExecInst;
import quickfix.field.ExpireTime;
import quickfix.field.MassCancelRequestType;
import quickfix.field.MaxFloor;
import quickfix.field.MsgType;
import quickfix.field.StopPx;
import quickfix.field.TransactTime;
import quickfix.fix44.MassQuote;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderMassCancelRequest;

/**
 * Orders through a real QuickFIX/J initiator on loopback into the gateway over an exchange host on a temporary
 * H2 database: every order type the engine has, fills reported to both sides, cancels, replaces, mass cancels
 * and a market maker's mass quote. Each test trades a contract of its own.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OrdersThroughFixTest {

    @TempDir
    static Path dir;
    static GatewayRig rig;
    static FixClient wang;
    static FixClient li;

    @BeforeAll
    static void start() throws InterruptedException {
        rig = new GatewayRig(dir, GatewayConfig::defaults);
        wang = rig.logOn("wang");
        li = rig.logOn("li");
    }

    @AfterAll
    static void stop() {
        wang.close();
        li.close();
        rig.close();
    }

    private static Message report(FixClient client, String clOrdId, char execType) throws InterruptedException {
        return client.next(MsgType.EXECUTION_REPORT, m -> clOrdId.equals(field(m, 11))
                && String.valueOf(execType).equals(field(m, 150)));
    }

    @Test
    void a_limit_order_rests_and_is_reported_new_with_the_exchange_order_id() throws Exception {
        ContractSpec contract = rig.instrument();
        wang.send(Fix.limit("L1", contract, Fix.BUY, 3, -2, '1'));
        Message report = report(wang, "L1", '0');
        assertThat(field(report, 39)).isEqualTo("0");
        assertThat(field(report, 1)).isEqualTo("2001");
        assertThat(new BigDecimal(field(report, 44))).isEqualByComparingTo(Fix.price(contract, -2));
        assertThat(new BigDecimal(field(report, 151))).isEqualByComparingTo(BigDecimal.valueOf(3 * contract.lotSize()));
        long orderId = Long.parseLong(field(report, 37));
        WorkingOrder working = rig.host.ask(engine -> engine.workingOrder(orderId)).join().orElseThrow();
        assertThat(working.account()).isEqualTo(2001);
        assertThat(working.price()).isEqualTo(contract.referencePriceTicks() - 2);
    }

    @Test
    void a_fill_is_reported_to_the_buyer_and_the_seller_with_last_price_and_quantity() throws Exception {
        ContractSpec contract = rig.instrument();
        li.send(Fix.limit("S1", contract, Fix.SELL, 5, 1, '1'));
        report(li, "S1", '0');
        wang.send(Fix.limit("B1", contract, Fix.BUY, 2, 1, '1'));
        Message buyer = report(wang, "B1", 'F');
        Message seller = report(li, "S1", 'F');
        BigDecimal lots2 = BigDecimal.valueOf(2 * contract.lotSize());
        for (Message fill : List.of(buyer, seller)) {
            assertThat(new BigDecimal(field(fill, 31))).isEqualByComparingTo(Fix.price(contract, 1));
            assertThat(new BigDecimal(field(fill, 32))).isEqualByComparingTo(lots2);
            assertThat(new BigDecimal(field(fill, 14))).isEqualByComparingTo(lots2);
            assertThat(new BigDecimal(field(fill, 6))).isEqualByComparingTo(Fix.price(contract, 1));
        }
        assertThat(field(buyer, 39)).as("the buyer's order is filled").isEqualTo("2");
        assertThat(field(seller, 39)).as("the seller's is partly filled").isEqualTo("1");
        assertThat(new BigDecimal(field(seller, 151))).isEqualByComparingTo(BigDecimal.valueOf(3 * contract.lotSize()));
        assertThat(field(buyer, 17)).isNotEqualTo(field(seller, 17));
    }

    @Test
    void market_ioc_fok_and_budget_orders_trade_or_are_cancelled_as_the_engine_decides() throws Exception {
        ContractSpec contract = rig.instrument();
        li.send(Fix.limit("ASK", contract, Fix.SELL, 4, 2, '1'));
        report(li, "ASK", '0');
        wang.send(Fix.order("MKT", contract, Fix.BUY, '1', 1));
        assertThat(field(report(wang, "MKT", 'F'), 39)).isEqualTo("2");

        wang.send(Fix.limit("IOC", contract, Fix.BUY, 5, 2, '3'));
        report(wang, "IOC", 'F');
        Message remainder = report(wang, "IOC", '4');
        assertThat(field(remainder, 58)).startsWith("IOC_REMAINDER");
        assertThat(new BigDecimal(field(remainder, 14))).isEqualByComparingTo(BigDecimal.valueOf(3 * contract.lotSize()));

        li.send(Fix.limit("ASK2", contract, Fix.SELL, 2, 3, '1'));
        report(li, "ASK2", '0');
        wang.send(Fix.limit("FOK", contract, Fix.BUY, 5, 3, '4'));
        assertThat(field(report(wang, "FOK", '4'), 58)).startsWith("FOK_UNFILLED");

        NewOrderSingle budget = Fix.order("BUDGET", contract, Fix.BUY, '1', 1);
        budget.setChar(quickfix.field.TimeInForce.FIELD, '4');
        budget.setDecimal(CashOrderQty.FIELD, Fix.price(contract, 3).multiply(BigDecimal.valueOf(contract.lotSize())));
        wang.send(budget);
        Message bought = report(wang, "BUDGET", 'F');
        assertThat(field(bought, 39)).isEqualTo("2");
        assertThat(new BigDecimal(field(bought, 31))).isEqualByComparingTo(Fix.price(contract, 3));
    }

    @Test
    void stop_stop_limit_gtd_day_iceberg_and_post_only_orders_are_taken_as_the_engine_has_them() throws Exception {
        ContractSpec contract = rig.instrument();
        NewOrderSingle stop = Fix.order("STOP", contract, Fix.BUY, '3', 1);
        stop.setDecimal(StopPx.FIELD, Fix.price(contract, 5));
        wang.send(stop);
        Message held = report(wang, "STOP", '0');
        assertThat(new BigDecimal(field(held, 99))).isEqualByComparingTo(Fix.price(contract, 5));

        NewOrderSingle stopLimit = Fix.limit("STOPLIMIT", contract, Fix.BUY, 1, 6, '1');
        stopLimit.setChar(quickfix.field.OrdType.FIELD, '4');
        stopLimit.setDecimal(StopPx.FIELD, Fix.price(contract, 5));
        wang.send(stopLimit);
        report(wang, "STOPLIMIT", '0');

        NewOrderSingle gtd = Fix.limit("GTD", contract, Fix.BUY, 1, -3, '6');
        gtd.setUtcTimeStamp(ExpireTime.FIELD, LocalDateTime.ofInstant(GatewayRig.CLOCK.instant().plusSeconds(3_600),
                ZoneOffset.UTC));
        wang.send(gtd);
        report(wang, "GTD", '0');
        wang.send(Fix.limit("DAY", contract, Fix.BUY, 1, -4, '0'));
        report(wang, "DAY", '0');

        NewOrderSingle iceberg = Fix.limit("ICE", contract, Fix.SELL, 10, 4, '1');
        iceberg.setDecimal(MaxFloor.FIELD, BigDecimal.valueOf(2 * contract.lotSize()));
        li.send(iceberg);
        report(li, "ICE", '0');
        assertThat(rig.host.ask(engine -> engine.depth(contract.instrumentId(), 1).asks().get(0).quantity()).join())
                .as("the iceberg shows its floor").isEqualTo(2 * contract.lotSize());

        NewOrderSingle postOnly = Fix.limit("POST", contract, Fix.BUY, 1, 4, '1');
        postOnly.setString(ExecInst.FIELD, "6");
        wang.send(postOnly);
        Message refused = report(wang, "POST", '8');
        assertThat(field(refused, 103)).isEqualTo("11");
        assertThat(field(refused, 58)).startsWith("POST_ONLY_WOULD_CROSS");

        // The stop triggers when the last trade reaches it: a buy at +5 lifts the iceberg's +4 first.
        li.send(Fix.limit("ASK5", contract, Fix.SELL, 3, 5, '1'));
        report(li, "ASK5", '0');
        wang.send(Fix.limit("LIFT", contract, Fix.BUY, 12, 5, '3'));
        report(wang, "LIFT", 'F');
        Message triggered = report(wang, "STOP", 'D');
        assertThat(field(triggered, 378)).isEqualTo("8");
        assertThat(field(triggered, 58)).startsWith("stop triggered: " + Fix.price(contract, 5).toPlainString());
        assertThat(field(report(wang, "STOP", 'F'), 39)).isEqualTo("2");
    }

    @Test
    void the_engines_refusal_comes_back_with_its_reason_as_ord_rej_reason_and_text() throws Exception {
        ContractSpec contract = rig.instrument();
        long band = contract.bandHighTicks(contract.referencePriceTicks()) - contract.referencePriceTicks();
        wang.send(Fix.limit("FAR", contract, Fix.BUY, 1, band + 1, '1'));
        Message refused = report(wang, "FAR", '8');
        assertThat(field(refused, 39)).isEqualTo("8");
        assertThat(field(refused, 103)).isEqualTo("99");
        assertThat(field(refused, 58)).startsWith("OUTSIDE_PRICE_BAND: ");
    }

    @Test
    void a_cancel_is_reported_with_the_cancel_request_id_and_an_unknown_one_refused() throws Exception {
        ContractSpec contract = rig.instrument();
        wang.send(Fix.limit("C1", contract, Fix.BUY, 2, -1, '1'));
        long orderId = Long.parseLong(field(report(wang, "C1", '0'), 37));
        wang.send(Fix.cancel("C1-X", "C1", contract, Fix.BUY));
        Message cancelled = report(wang, "C1-X", '4');
        assertThat(field(cancelled, 41)).isEqualTo("C1");
        assertThat(field(cancelled, 39)).isEqualTo("4");
        assertThat(rig.host.ask(engine -> engine.workingOrder(orderId)).join()).isEmpty();

        wang.send(Fix.cancel("C2-X", "NO-SUCH", contract, Fix.BUY));
        Message refused = wang.next(MsgType.ORDER_CANCEL_REJECT, m -> "C2-X".equals(field(m, 11)));
        assertThat(field(refused, 102)).isEqualTo("1");
        assertThat(field(refused, 434)).isEqualTo("1");
        wang.send(Fix.cancel("C1-Y", "C1", contract, Fix.BUY));
        Message late = wang.next(MsgType.ORDER_CANCEL_REJECT, m -> "C1-Y".equals(field(m, 11)));
        assertThat(field(late, 102)).as("too late: the order is finished").isEqualTo("0");
    }

    @Test
    void a_replace_moves_the_price_or_lowers_the_quantity_and_both_at_once_is_refused() throws Exception {
        ContractSpec contract = rig.instrument();
        wang.send(Fix.limit("R1", contract, Fix.BUY, 5, -5, '1'));
        long orderId = Long.parseLong(field(report(wang, "R1", '0'), 37));
        wang.send(Fix.replace("R2", "R1", contract, Fix.BUY, 5, -3));
        Message moved = report(wang, "R2", '5');
        assertThat(field(moved, 41)).isEqualTo("R1");
        assertThat(new BigDecimal(field(moved, 44))).isEqualByComparingTo(Fix.price(contract, -3));
        assertThat(rig.host.ask(engine -> engine.workingOrder(orderId).orElseThrow().price()).join())
                .isEqualTo(contract.referencePriceTicks() - 3);

        wang.send(Fix.replace("R3", "R2", contract, Fix.BUY, 2, -3));
        Message lowered = report(wang, "R3", '5');
        assertThat(new BigDecimal(field(lowered, 38))).isEqualByComparingTo(BigDecimal.valueOf(2 * contract.lotSize()));
        assertThat(rig.host.ask(engine -> engine.workingOrder(orderId).orElseThrow().openQuantity()).join())
                .isEqualTo(2 * contract.lotSize());

        wang.send(Fix.replace("R4", "R3", contract, Fix.BUY, 1, -1));
        Message refused = wang.next(MsgType.ORDER_CANCEL_REJECT, m -> "R4".equals(field(m, 11)));
        assertThat(field(refused, 434)).isEqualTo("2");
        assertThat(field(refused, 58)).contains("not both at once");
        wang.send(Fix.replace("R5", "R3", contract, Fix.BUY, 4, -3));
        Message raised = wang.next(MsgType.ORDER_CANCEL_REJECT, m -> "R5".equals(field(m, 11)));
        assertThat(field(raised, 58)).startsWith("QUANTITY_NOT_REDUCED");
    }

    @Test
    void a_mass_cancel_cancels_every_order_of_the_account_on_the_symbol() throws Exception {
        ContractSpec contract = rig.instrument();
        for (int i = 1; i <= 3; i++) {
            wang.send(Fix.limit("M" + i, contract, Fix.BUY, 1, -i, '1'));
            report(wang, "M" + i, '0');
        }
        OrderMassCancelRequest request = new OrderMassCancelRequest();
        request.setString(ClOrdID.FIELD, "MASS");
        request.setChar(MassCancelRequestType.FIELD, '1');
        request.setString(quickfix.field.Symbol.FIELD, contract.symbol());
        request.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.now(ZoneOffset.UTC));
        wang.send(request);
        Message answer = wang.next(MsgType.ORDER_MASS_CANCEL_REPORT, m -> "MASS".equals(field(m, 11)));
        assertThat(field(answer, 531)).isEqualTo("1");
        for (int i = 1; i <= 3; i++) {
            assertThat(field(report(wang, "M" + i, '4'), 58)).isEqualTo("MASS_CANCEL");
        }
        assertThat(rig.host.ask(engine -> engine.workingOrders(2001).stream()
                .filter(o -> o.instrumentId() == contract.instrumentId()).count()).join()).isZero();
    }

    @Test
    void a_market_makers_mass_quote_is_acknowledged_and_its_sides_trade_as_its_orders() throws Exception {
        ContractSpec contract = rig.instrument();
        try (FixClient mm = rig.logOn("mm")) {
            mm.send(massQuote("Q1", contract, -1, 1));
            Message ack = mm.next(MsgType.MASS_QUOTE_ACKNOWLEDGEMENT, m -> "Q1".equals(field(m, 117)));
            assertThat(field(ack, 297)).isEqualTo("0");

            wang.send(Fix.limit("HIT", contract, Fix.BUY, 2, 1, '3'));
            report(wang, "HIT", 'F');
            Message side = report(mm, "E1-S", 'F');
            assertThat(new BigDecimal(field(side, 32))).isEqualByComparingTo(BigDecimal.valueOf(2 * contract.lotSize()));
            assertThat(field(side, 1)).isEqualTo("3001");

            mm.send(massQuote("Q2", contract, 2, 1));
            Message crossed = mm.next(MsgType.MASS_QUOTE_ACKNOWLEDGEMENT, m -> "Q2".equals(field(m, 117)));
            assertThat(field(crossed, 297)).isEqualTo("5");
            assertThat(field(crossed, 300)).isEqualTo("7");
            assertThat(field(crossed, 58)).startsWith("QUOTE_CROSSED");
        }
    }

    /** A mass quote of one entry, E1: 5 lots bid and 5 offered at these offsets from the reference. */
    private static MassQuote massQuote(String quoteId, ContractSpec contract, long bid, long offer) {
        MassQuote quote = new MassQuote();
        quote.setString(quickfix.field.QuoteID.FIELD, quoteId);
        MassQuote.NoQuoteSets set = new MassQuote.NoQuoteSets();
        set.setString(quickfix.field.QuoteSetID.FIELD, "1");
        set.setInt(quickfix.field.TotNoQuoteEntries.FIELD, 1);
        MassQuote.NoQuoteSets.NoQuoteEntries entry = new MassQuote.NoQuoteSets.NoQuoteEntries();
        entry.setString(quickfix.field.QuoteEntryID.FIELD, "E1");
        entry.setString(quickfix.field.Symbol.FIELD, contract.symbol());
        entry.setDecimal(quickfix.field.BidPx.FIELD, Fix.price(contract, bid));
        entry.setDecimal(quickfix.field.OfferPx.FIELD, Fix.price(contract, offer));
        entry.setDecimal(quickfix.field.BidSize.FIELD, BigDecimal.valueOf(5 * contract.lotSize()));
        entry.setDecimal(quickfix.field.OfferSize.FIELD, BigDecimal.valueOf(5 * contract.lotSize()));
        set.addGroup(entry);
        quote.addGroup(set);
        return quote;
    }
}
