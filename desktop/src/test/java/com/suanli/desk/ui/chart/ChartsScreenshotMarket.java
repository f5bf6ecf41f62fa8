package com.suanli.desk.ui.chart;

import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.exchange.DatabaseCatalogue;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.data.host.Acknowledged;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: gives a desk database a seeded afternoon of trading, so that the real workstation opened on it
 * under Xvfb has recorded trades to chart (docs/workstation.md, Charts, gives the commands). Two members
 * trade every live month of one product and hub, a random walk around each reference price, over the four
 * hours before now, ending a minute ago. Skipped unless {@code -Ddesk.screenshot.db=PATH} names the database.
 */
@EnabledIfSystemProperty(named = "desk.screenshot.db", matches = ".+")
class ChartsScreenshotMarket {

    private static final long SELLER = 4004;
    private static final long BUYER = 5005;
    private static final Duration AFTERNOON = Duration.ofHours(4);
    private static final long FIRM = 44;
    /** A hundred million yuan each, in fen: no afternoon's margin comes near it. */
    private static final long CASH_FEN = 10_000_000_000L;

    @Test
    void trade_an_afternoon() {
        Instant now = Instant.now();
        Instant start = now.minus(AFTERNOON);
        Clock opening = Clock.fixed(start, ZoneId.of("Asia/Shanghai"));
        StoreAddress address = StoreAddress.file(Path.of(System.getProperty("desk.screenshot.db")));
        String symbol = System.getProperty("desk.screenshot.symbol", "H100-YRD-2027M03");
        try (DatabaseCatalogue catalogue = new DatabaseCatalogue(address, FileKey.NONE);
             ExchangeStartup startup = ExchangeStartup.of(catalogue, opening)) {
            DeskExchange desk = startup.start().exchange();
            ContractSpec chosen = catalogue.get().bySymbol(symbol);
            List<ContractSpec> strip = catalogue.get().contracts().stream()
                    .filter(contract -> contract.kind() == ContractKind.FUTURE && contract.product().equals(chosen.product())
                            && contract.hub() == chosen.hub() && contract.green() == chosen.green()
                            && contract.isTradable(opening.instant().atZone(opening.getZone()).toLocalDate()))
                    .toList();
            // The two members trade through the clearing house: a firm of their own, their accounts and cash.
            List<CompletableFuture<Acknowledged>> opened = new ArrayList<>();
            opened.add(desk.submit(new RegisterFirm(start.toEpochMilli(), FIRM, "Chart counterparties")));
            for (long account : new long[] {SELLER, BUYER}) {
                opened.add(desk.submit(new OpenAccount(start.toEpochMilli(), account, FIRM, AccountKind.TRADER)));
                opened.add(desk.submit(new Deposit(start.toEpochMilli(), account, CASH_FEN, account)));
            }
            opened.forEach(ack -> ack.join().reason().ifPresent(reason -> {
                throw new IllegalStateException("the members' accounts not opened: " + reason);
            }));
            Random random = new Random(14);
            long[] prices = strip.stream().mapToLong(ContractSpec::referencePriceTicks).toArray();
            long id = 0;
            long end = now.minusSeconds(60).toEpochMilli();
            Map<String, Integer> refused = new TreeMap<>();
            List<CompletableFuture<Acknowledged>> sent = new ArrayList<>();
            // Time runs forward over the whole strip (the engine refuses a command stamped before its time):
            // the chosen month trades every few seconds, the others now and then, enough for a last price.
            for (long at = start.toEpochMilli(); at < end; at += 1 + random.nextInt(8_000)) {
                int month = random.nextInt(8) == 0 ? random.nextInt(strip.size()) : strip.indexOf(chosen);
                ContractSpec contract = strip.get(month);
                long reference = contract.referencePriceTicks();
                prices[month] = Math.max(reference * 98 / 100, Math.min(reference * 102 / 100,
                        prices[month] + random.nextInt(7) - 3));
                long lots = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 8);
                boolean buyerTakes = random.nextBoolean();
                sent.add(desk.submit(PlaceOrder.limit(at, buyerTakes ? SELLER : BUYER, ++id, contract.instrumentId(),
                        buyerTakes ? Side.ASK : Side.BID, prices[month], lots, TimeInForce.GTC)));
                sent.add(desk.submit(PlaceOrder.limit(at, buyerTakes ? BUYER : SELLER, ++id, contract.instrumentId(),
                        buyerTakes ? Side.BID : Side.ASK, prices[month], lots, TimeInForce.IOC)));
            }
            // A book left behind on each month: five levels a side around its last price.
            for (int month = 0; month < strip.size(); month++) {
                for (int level = 1; level <= 5; level++) {
                    sent.add(desk.submit(PlaceOrder.limit(end, SELLER, ++id, strip.get(month).instrumentId(), Side.ASK,
                            prices[month] + level, level * 3L, TimeInForce.GTC)));
                    sent.add(desk.submit(PlaceOrder.limit(end, BUYER, ++id, strip.get(month).instrumentId(), Side.BID,
                            prices[month] - level, level * 4L, TimeInForce.GTC)));
                }
            }
            for (CompletableFuture<Acknowledged> ack : sent) {
                ack.join().reason().ifPresent(reason -> refused.merge(reason.split(":")[0], 1, Integer::sum));
            }
            System.out.println("sent " + sent.size() + " orders over " + strip.size() + " months; refused " + refused);
        }
    }
}
