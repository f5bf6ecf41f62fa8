package com.suanli.exchange.clearing;

import com.suanli.exchange.delivery.Delivery;
import com.suanli.exchange.delivery.DeliveryBook;
import com.suanli.exchange.delivery.DeliveryPair;
import com.suanli.exchange.delivery.DeliveryStep;
import com.suanli.exchange.delivery.DeliveryTerms;
import com.suanli.exchange.delivery.MonthlyIndexAverage;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.FinalPriceMethod;
import com.suanli.exchange.index.SpotIndexBook;
import com.suanli.exchange.index.TickRounding;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.Settlement;

import java.time.LocalDate;
import java.util.Arrays;

import static com.suanli.exchange.clearing.ClearingOutcome.reject;
import static com.suanli.exchange.engine.event.RejectReason.ALREADY_EXPIRED;
import static com.suanli.exchange.engine.event.RejectReason.DELIVERY_FINISHED;
import static com.suanli.exchange.engine.event.RejectReason.DELIVERY_QUANTITY;
import static com.suanli.exchange.engine.event.RejectReason.FIELD_INVALID;
import static com.suanli.exchange.engine.event.RejectReason.HOUSE_ACCOUNT_MISSING;
import static com.suanli.exchange.engine.event.RejectReason.INDEX_MONTH_INCOMPLETE;
import static com.suanli.exchange.engine.event.RejectReason.NOT_SETTLED_FOR_DELIVERY;
import static com.suanli.exchange.engine.event.RejectReason.NO_DELIVERY_TERMS;
import static com.suanli.exchange.engine.event.RejectReason.ORDERS_WORKING;
import static com.suanli.exchange.engine.event.RejectReason.TRADING_NOT_ENDED;
import static com.suanli.exchange.engine.event.RejectReason.UNKNOWN_DELIVERY;
import static com.suanli.exchange.engine.event.RejectReason.UNKNOWN_INDEX;
import static com.suanli.exchange.engine.event.RejectReason.UNKNOWN_INSTRUMENT;

/**
 * The clearing house's expiry and delivery commands, over its own state: it checks a command
 * whole, then has {@link com.suanli.exchange.delivery} decide prices, pairs and amounts, and
 * moves cash and positions through the house's ledger and position book. Expiry marks every
 * position to the final price ({@code SETTLEMENT} entries through the settlement account, as a
 * daily settlement does), closes it there, and for physical delivery schedules the obligations;
 * a delivery report moves {@code DELIVERY_PAYMENT} from consumer to provider and {@code PENALTY}
 * from provider to consumer.
 */
final class ExpiryDesk {
    private final ClearingHouse house;
    private final AccountRegistry accounts;
    private final CashLedger ledger;
    private final ClearedContracts contracts;
    private final PositionBook positions;
    private final SpotIndexBook indices;
    private final DeliveryBook deliveries;
    private final ClearingEvents events;
    private int[] shorts = new int[16];
    private long[] shortLots = new long[16];
    private int[] longs = new int[16];
    private long[] longLots = new long[16];

    ExpiryDesk(ClearingHouse house, AccountRegistry accounts, CashLedger ledger, ClearedContracts contracts,
               PositionBook positions, SpotIndexBook indices, DeliveryBook deliveries, ClearingEvents events) {
        this.house = house;
        this.accounts = accounts;
        this.ledger = ledger;
        this.contracts = contracts;
        this.positions = positions;
        this.indices = indices;
        this.deliveries = deliveries;
        this.events = events;
    }

    /** The final price of an expiry and how it was found. */
    private record FinalPrice(long price, FinalPriceMethod method, int indexDays, int carriedDays) {
    }

    ClearingOutcome setTerms(String productCode, Hub hub, int penaltyBps, long energyMilliWhPerUnit,
                             long gridGramsPerMwh) {
        if (productCode == null || productCode.isBlank() || hub == null) {
            return reject(FIELD_INVALID, "productCode, hub: must be given, were " + productCode + ", " + hub);
        }
        try {
            deliveries.setTerms(productCode, hub, new DeliveryTerms(penaltyBps, energyMilliWhPerUnit, gridGramsPerMwh));
        } catch (IllegalArgumentException e) {
            return reject(FIELD_INVALID, e.getMessage() + " (" + productCode + "-" + hub + ")");
        }
        return ClearingOutcome.ACCEPTED;
    }

    ClearingOutcome expire(long timestamp, int instrumentId, LocalDate day) {
        int contract = contracts.index(instrumentId);
        if (contract == ClearedContracts.NONE) {
            return reject(UNKNOWN_INSTRUMENT, "instrumentId: " + instrumentId + " is not listed for clearing");
        }
        ClearedContracts.Contract terms = contracts.get(contract);
        ContractSpec spec = terms.spec;
        if (day == null) {
            return reject(FIELD_INVALID, "day: must be given (" + spec.symbol() + ")");
        }
        if (accounts.house(AccountKind.SETTLEMENT) == AccountRegistry.NONE) {
            return reject(HOUSE_ACCOUNT_MISSING, "no SETTLEMENT account is open to pass the final settlement through ("
                    + spec.symbol() + ")");
        }
        LocalDate last = deliveries.lastCut(contract);
        if (last != null && (terms.isFuture() || !day.isAfter(last))) {
            return reject(ALREADY_EXPIRED, "day: " + spec.symbol() + (terms.isFuture() ? " expired on " : " was cut on ")
                    + last + ", cannot expire on " + day);
        }
        ClearingOutcome refused = terms.isFuture() ? checkFuture(terms, day) : null;
        DeliveryTerms deliveryTerms = deliveries.terms(spec.product().code(), spec.hub());
        if (refused == null && spec.settlement() == Settlement.PHYSICAL) {
            refused = checkDeliverable(contract, terms, deliveryTerms);
        }
        if (refused != null) {
            return refused;
        }
        FinalPrice price;
        if (!terms.isFuture()) {
            long lots = deliveries.spotDayLots(contract);
            price = new FinalPrice(lots == 0 ? terms.settlementPrice
                    : TickRounding.nearest(deliveries.spotDayNotional(contract), lots, terms.settlementPrice),
                    FinalPriceMethod.SPOT_DAY_VWAP, 0, 0);
        } else if (spec.settlement() == Settlement.PHYSICAL) {
            price = new FinalPrice(terms.settlementPrice, FinalPriceMethod.LAST_SETTLEMENT, 0, 0);
        } else {
            int key = indices.key(spec.product().code(), spec.hub());
            if (key == SpotIndexBook.NO_INDEX) {
                return reject(UNKNOWN_INDEX, "instrumentId: no spot index of " + spec.product().code() + " at "
                        + spec.hub() + " to settle " + spec.symbol() + " against");
            }
            LocalDate through = MonthlyIndexAverage.lastBusinessDay(spec.deliveryMonth());
            LocalDate fixed = indices.lastDay(key);
            if (fixed == null || fixed.isBefore(through)) {
                return reject(INDEX_MONTH_INCOMPLETE, "day: the index " + spec.product().code() + "-" + spec.hub()
                        + " is fixed to " + fixed + ", not yet through " + through + ", the last business day of "
                        + spec.deliveryMonth() + " (" + spec.symbol() + ")");
            }
            MonthlyIndexAverage average = MonthlyIndexAverage.of(indices.history(key), spec.deliveryMonth(),
                    terms.settlementPrice);
            price = new FinalPrice(average.price(), FinalPriceMethod.INDEX_MONTH_AVERAGE, average.days(),
                    average.carriedDays());
        }
        close(timestamp, contract, terms, day, price, deliveryTerms);
        return ClearingOutcome.ACCEPTED;
    }

    private ClearingOutcome checkFuture(ClearedContracts.Contract terms, LocalDate day) {
        ContractSpec spec = terms.spec;
        if (!day.isAfter(spec.lastTradingDay())) {
            return reject(TRADING_NOT_ENDED, "day: " + spec.symbol() + " trades until " + spec.lastTradingDay()
                    + ", cannot expire on " + day);
        }
        int contract = contracts.index(spec.instrumentId());
        for (int slot = positions.first(contract); slot != PositionBook.NONE; slot = positions.next(slot)) {
            if (positions.buying(slot) != 0 || positions.selling(slot) != 0) {
                return reject(ORDERS_WORKING, "instrumentId: account " + accounts.id(positions.account(slot)) + " has "
                        + positions.buying(slot) + " lots working to buy and " + positions.selling(slot)
                        + " to sell in " + spec.symbol() + ", which must be cancelled before it expires");
            }
        }
        if (spec.settlement() == Settlement.PHYSICAL
                && (terms.settledDay == null || terms.settledDay.isBefore(spec.lastTradingDay()))) {
            return reject(NOT_SETTLED_FOR_DELIVERY, "instrumentId: " + spec.symbol() + " is settled to "
                    + terms.settledDay + ", it delivers at its settlement price of its last trading day "
                    + spec.lastTradingDay() + " or later");
        }
        return null;
    }

    private ClearingOutcome checkDeliverable(int contract, ClearedContracts.Contract terms, DeliveryTerms deliveryTerms) {
        ContractSpec spec = terms.spec;
        if (deliveryTerms == null) {
            return reject(NO_DELIVERY_TERMS, "instrumentId: no delivery terms for " + spec.product().code() + " at "
                    + spec.hub() + " (" + spec.symbol() + ")");
        }
        for (int slot = positions.first(contract); slot != PositionBook.NONE; slot = positions.next(slot)) {
            try {
                Math.multiplyExact(Math.multiplyExact(Math.abs(positions.net(slot)), spec.contractSize()),
                        Math.max(1, deliveryTerms.energyMilliWhPerUnit()));
            } catch (ArithmeticException e) {
                return reject(FIELD_INVALID, "instrumentId: " + positions.net(slot) + " lots of " + spec.contractSize()
                        + " units of " + spec.symbol() + " (account " + accounts.id(positions.account(slot))
                        + ") are more units or milliwatt-hours than a long counts");
            }
        }
        return null;
    }

    /** Marks every position to the final price, closes it there and schedules the deliveries of physical capacity. */
    private void close(long timestamp, int contract, ClearedContracts.Contract terms, LocalDate day, FinalPrice price,
                       DeliveryTerms deliveryTerms) {
        ContractSpec spec = terms.spec;
        int instrumentId = spec.instrumentId();
        long openLots = 0;
        for (int slot = positions.first(contract); slot != PositionBook.NONE; slot = positions.next(slot)) {
            openLots += Math.max(0, positions.net(slot));
        }
        long settlementId = house.nextSettlementId();
        events.contractExpired(timestamp, settlementId, instrumentId, day, price.price(), price.method(), openLots,
                price.indexDays(), price.carriedDays());
        house.markTo(timestamp, contract, price.price(), CashReason.SETTLEMENT, settlementId);
        int shortCount = 0;
        int longCount = 0;
        for (int slot = positions.first(contract); slot != PositionBook.NONE; slot = positions.next(slot)) {
            long net = positions.net(slot);
            if (net == 0) {
                continue;
            }
            int account = positions.account(slot);
            if (net < 0) {
                ensure(shortCount);
                shorts[shortCount] = account;
                shortLots[shortCount++] = -net;
            } else {
                ensure(longCount);
                longs[longCount] = account;
                longLots[longCount++] = net;
            }
            long buying = positions.buying(slot);
            long selling = positions.selling(slot);
            positions.trade(slot, -net, price.price(), terms.tickValue);
            events.positionChanged(timestamp, accounts.id(account), instrumentId, 0, 0, positions.openCost(slot),
                    positions.realised(slot));
            house.updateMargin(timestamp, account, contract, slot, net, buying, selling);
        }
        terms.settlementPrice = price.price();
        deliveries.cut(contract, day);
        if (spec.settlement() != Settlement.PHYSICAL) {
            return;
        }
        LocalDate first = terms.isFuture() ? spec.deliveryMonth().atDay(1) : day.plusDays(1);
        LocalDate lastDay = terms.isFuture() ? spec.deliveryMonth().atEndOfMonth() : first;
        for (DeliveryPair pair : DeliveryBook.pair(shorts, shortLots, shortCount, longs, longLots, longCount)) {
            long units = Math.multiplyExact(pair.lots(), spec.contractSize());
            long id = deliveries.schedule(instrumentId, pair.provider(), pair.consumer(), accounts.id(pair.provider()),
                    accounts.id(pair.consumer()), first, lastDay, units, price.price(), terms.tickValue,
                    spec.contractSize(), spec.green(), deliveryTerms);
            publish(timestamp, deliveries.delivery(id));
        }
    }

    ClearingOutcome report(long timestamp, long deliveryId, long delivered, long failed) {
        if (!deliveries.exists(deliveryId)) {
            return reject(UNKNOWN_DELIVERY, "deliveryId: no delivery " + deliveryId + " was scheduled");
        }
        if (delivered < 0 || failed < 0 || delivered == 0 && failed == 0) {
            return reject(FIELD_INVALID, "deliveredUnits, failedUnits: must be >= 0 and not both 0, were " + delivered
                    + ", " + failed + " (delivery " + deliveryId + ")");
        }
        Delivery before = deliveries.delivery(deliveryId);
        if (before.status().finished()) {
            return reject(DELIVERY_FINISHED, "deliveryId: delivery " + deliveryId + " is finished, "
                    + before.status() + " (" + before.deliveredUnits() + " delivered, " + before.failedUnits()
                    + " failed)");
        }
        long pending = before.pendingUnits();
        if (delivered > pending || failed > pending - delivered) {
            return reject(DELIVERY_QUANTITY, "deliveredUnits, failedUnits: " + delivered + " + " + failed
                    + " exceed the " + pending + " units still pending of delivery " + deliveryId);
        }
        DeliveryStep step = deliveries.report(deliveryId, delivered, failed);
        int provider = deliveries.provider(deliveryId);
        int consumer = deliveries.consumer(deliveryId);
        if (step.payment() > 0) {
            ledger.post(timestamp, CashReason.DELIVERY_PAYMENT, deliveryId, consumer, provider, step.payment());
        }
        if (step.penalty() > 0) {
            ledger.post(timestamp, CashReason.PENALTY, deliveryId, provider, consumer, step.penalty());
        }
        publish(timestamp, deliveries.delivery(deliveryId));
        return ClearingOutcome.ACCEPTED;
    }

    private void publish(long timestamp, Delivery d) {
        events.deliveryChanged(timestamp, d.deliveryId(), d.instrumentId(), d.providerAccount(), d.consumerAccount(),
                d.firstDay(), d.lastDay(), d.units(), d.price(), d.status(), d.deliveredUnits(), d.failedUnits(),
                d.paid(), d.penalty(), d.certificates());
    }

    private void ensure(int count) {
        if (count == shorts.length || count == longs.length) {
            int n = Math.max(shorts.length, longs.length) * 2;
            shorts = Arrays.copyOf(shorts, n);
            shortLots = Arrays.copyOf(shortLots, n);
            longs = Arrays.copyOf(longs, n);
            longLots = Arrays.copyOf(longLots, n);
        }
    }
}
