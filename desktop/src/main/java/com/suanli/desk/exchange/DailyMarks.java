package com.suanli.desk.exchange;

import com.suanli.data.clearing.MarginRepository;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The day's marks of each contract, as the market watch shows them: its last settlement price and the
 * spot index of its product and hub, each in CNY a unit. Seeded from what the desk recorded (the
 * settlement prices and index fixings of earlier days) and carried on by the exchange's
 * {@link SettlementPricePublished} and {@link IndexPublished} events; a later day's mark replaces an
 * earlier one, a restated fixing of the same day replaces the fixing. Read from any thread.
 */
public final class DailyMarks implements DeskListener {

    /** A mark and the business day it is of. */
    private record Mark(LocalDate day, BigDecimal value) {
    }

    private final Catalogue catalogue;
    private final Map<Integer, Mark> settlements = new ConcurrentHashMap<>();
    private final Map<String, Mark> indices = new ConcurrentHashMap<>();

    public DailyMarks(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The marks the desk recorded before (a restarted desk shows yesterday's settlement at once). */
    public void seed(DeskStore store) {
        store.transaction(c -> {
            MarginRepository margins = new MarginRepository(c);
            for (ContractSpec spec : catalogue.contracts()) {
                margins.lastSettlement(spec.instrumentId()).ifPresent(settled -> keep(settlements, spec.instrumentId(),
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
                catalogue.find(settled.instrumentId()).ifPresent(spec -> keep(settlements, settled.instrumentId(),
                        new Mark(settled.businessDay(), spec.toPrice(settled.price()))));
            } else if (event instanceof IndexPublished fixed) {
                spot(fixed.productCode(), fixed.hub()).ifPresent(spot -> keep(indices,
                        key(fixed.productCode(), fixed.hub()), new Mark(fixed.day(), spot.toPrice(fixed.value()))));
            }
        }
    }

    /** The contract's last settlement price, CNY a unit, if it ever settled. */
    public Optional<BigDecimal> settlement(int instrumentId) {
        return Optional.ofNullable(settlements.get(instrumentId)).map(Mark::value);
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

    /** A mark of a day no earlier than the one kept replaces it (a restatement is of the same day). */
    private static <K> void keep(Map<K, Mark> marks, K key, Mark mark) {
        marks.merge(key, mark, (kept, next) -> next.day().isBefore(kept.day()) ? kept : next);
    }

    private static String key(String productCode, Hub hub) {
        return productCode + "-" + hub.code();
    }
}
