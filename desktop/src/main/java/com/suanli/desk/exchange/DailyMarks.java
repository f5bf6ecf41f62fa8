package com.suanli.desk.exchange;

import com.suanli.exchange.listing.BusinessDays;
import com.suanli.data.clearing.MarginRepository;
import com.suanli.data.clearing.SettlementPrice;
import com.suanli.data.market.MarketDataRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.basics.Underlying;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The day's marks of each contract, as the market watch shows them: its last settlement price (and the one
 * before, which a trade's change is counted from) and the spot index of its product and hub, each in CNY a unit. Seeded from what the desk recorded (the
 * settlement prices and index fixings of earlier days) and carried on by the exchange's
 * {@link SettlementPricePublished} and {@link IndexPublished} events; a later day's mark replaces an
 * earlier one, a restated fixing of the same day replaces the fixing. Read from any thread.
 */
public final class DailyMarks implements DeskListener {

    /** A mark and the business day it is of. */
    private record Mark(LocalDate day, BigDecimal value) {
    }

    /** A contract's newest settlement and the one of the business day before it, if any. */
    private record Settled(Mark latest, Mark previous) {

        /** A later day's price moves the latest to previous; a restatement of a kept day replaces it. */
        Settled with(Mark mark) {
            if (mark.day().isAfter(latest.day())) {
                return new Settled(mark, latest);
            }
            if (mark.day().equals(latest.day())) {
                return new Settled(mark, previous);
            }
            if (previous == null || !mark.day().isBefore(previous.day())) {
                return new Settled(latest, mark);
            }
            return this;
        }

        /** The newest price of a business day before {@code day}. */
        Optional<BigDecimal> before(LocalDate day) {
            if (latest.day().isBefore(day)) {
                return Optional.of(latest.value());
            }
            return previous != null && previous.day().isBefore(day) ? Optional.of(previous.value()) : Optional.empty();
        }
    }

    /** Business days are dates in exchange time. */
    private static final ZoneId EXCHANGE_ZONE = BusinessDays.EXCHANGE_ZONE;

    private final Catalogue catalogue;
    private final Map<Integer, Settled> settlements = new ConcurrentHashMap<>();
    private final Map<String, Mark> indices = new ConcurrentHashMap<>();

    public DailyMarks(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The marks the desk recorded before (a restarted desk shows yesterday's settlement at once). */
    public void seed(DeskStore store) {
        store.transaction(c -> {
            for (SettlementPrice settled : new MarginRepository(c).latestSettlements(2)) {
                catalogue.find(settled.instrumentId()).ifPresent(spec -> settle(spec.instrumentId(),
                        new Mark(settled.businessDate(), spec.toPrice(settled.priceTicks()))));
            }
            MarketDataRepository fixings = new MarketDataRepository(c);
            for (ContractSpec spot : catalogue.ofKind(ContractKind.SPOT).green(false).contracts()) {
                var last = fixings.fixings(Underlying.of(spot.product().code(), spot.hub().code())).byDate().lastEntry();
                if (last != null) {
                    keep(indices, key(spot.product().code(), spot.hub()), new Mark(last.getKey(),
                            BigDecimal.valueOf(last.getValue()).setScale(spot.tickSize().scale(), RoundingMode.HALF_EVEN)));
                }
            }
            return null;
        });
    }

    @Override
    public void onEvents(List<ExchangeEvent> batch) {
        for (ExchangeEvent event : batch) {
            if (event instanceof SettlementPricePublished settled) {
                catalogue.find(settled.instrumentId()).ifPresent(spec -> settle(settled.instrumentId(),
                        new Mark(settled.businessDay(), spec.toPrice(settled.price()))));
            } else if (event instanceof IndexPublished fixed) {
                spot(fixed.productCode(), fixed.hub()).ifPresent(spot -> keep(indices,
                        key(fixed.productCode(), fixed.hub()), new Mark(fixed.day(), spot.toPrice(fixed.value()))));
            }
        }
    }

    /** The contract's last settlement price, CNY a unit, if it ever settled. */
    public Optional<BigDecimal> settlement(int instrumentId) {
        return Optional.ofNullable(settlements.get(instrumentId)).map(settled -> settled.latest().value());
    }

    /**
     * The trade's price less the contract's newest settlement price of a business day before the trade's (China
     * Standard Time), CNY a unit: the change a market watch shows. Empty when it never settled before that day.
     */
    public Optional<BigDecimal> change(LastTrade trade) {
        LocalDate day = Instant.ofEpochMilli(trade.timestamp()).atZone(EXCHANGE_ZONE).toLocalDate();
        return Optional.ofNullable(settlements.get(trade.instrumentId())).flatMap(settled -> settled.before(day))
                .flatMap(settled -> catalogue.find(trade.instrumentId())
                        .map(spec -> spec.toPrice(trade.price()).subtract(settled)));
    }

    /** The latest fixing of the spot index of the contract's product and hub, CNY a unit, if it was ever fixed. */
    public Optional<BigDecimal> index(int instrumentId) {
        return catalogue.find(instrumentId).flatMap(spec -> Optional.ofNullable(
                indices.get(key(spec.product().code(), spec.hub())))).map(Mark::value);
    }

    private Optional<ContractSpec> spot(String productCode, Hub hub) {
        return catalogue.contracts().stream().filter(spec -> spec.kind() == ContractKind.SPOT && !spec.green()
                && spec.hub() == hub && spec.product().code().equals(productCode)).findFirst();
    }

    private void settle(int instrumentId, Mark mark) {
        settlements.merge(instrumentId, new Settled(mark, null), (kept, next) -> kept.with(mark));
    }

    /** A mark of a day no earlier than the one kept replaces it (a restatement is of the same day). */
    private static <K> void keep(Map<K, Mark> marks, K key, Mark mark) {
        marks.merge(key, mark, (kept, next) -> next.day().isBefore(kept.day()) ? kept : next);
    }

    private static String key(String productCode, Hub hub) {
        return productCode + "-" + hub.code();
    }
}
