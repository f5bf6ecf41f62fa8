package com.suanli.sessions.market;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.ListingStrip;
import com.suanli.exchange.listing.ListingTerms;
import com.suanli.sessions.config.HubSetup;
import com.suanli.sessions.config.ProductSetup;
import com.suanli.sessions.config.SessionConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a session lists: the configured products with the default catalogue's trading terms, at the
 * configured hubs with the configured spot prices, a strip of futures from the first delivery month
 * (and green variants at west hubs, as every listing), all from the session's start date. Instrument
 * ids are the strip's. Also the questions agents ask of the listing: a product's futures at a hub,
 * its spot contract, its east and west hubs.
 */
public final class SessionListing {

    /** What is listed now: replaced whole when a live listing rolls, read by the session's thread. */
    private volatile Catalogue catalogue;
    private final int greenPremiumBps;
    private final int maxInstrumentId;
    private final Catalogue exchange;
    /** The configuration a live listing chooses its months by; null headless (the strip is listed whole). */
    private final SessionConfig rolling;

    private SessionListing(Catalogue catalogue, int greenPremiumBps, Catalogue exchange, SessionConfig rolling) {
        this.catalogue = catalogue;
        this.greenPremiumBps = greenPremiumBps;
        this.exchange = exchange;
        this.rolling = rolling;
        this.maxInstrumentId = exchange.contracts().stream().mapToInt(ContractSpec::instrumentId).max().orElse(0);
    }

    public static SessionListing of(SessionConfig config) {
        ListingStrip defaults = CatalogueJson.readDefaultStrip();
        Set<Hub> hubs = EnumSet.noneOf(Hub.class);
        List<ListingTerms> listings = new ArrayList<>();
        for (ProductSetup product : config.products()) {
            ListingTerms terms = defaults.listings().stream()
                    .filter(listed -> listed.product().code().equals(product.code())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("products: the default catalogue lists no "
                            + product.code()));
            Map<Hub, BigDecimal> spots = new EnumMap<>(Hub.class);
            for (HubSetup hub : product.hubs()) {
                spots.put(hub.hub(), hub.spot());
                hubs.add(hub.hub());
            }
            listings.add(new ListingTerms(terms.product(), terms.contractSize(), terms.tickSize(), terms.lotSize(),
                    terms.maxOrderLots(), terms.priceBandBps(), terms.monthlyDriftBps(), terms.futuresSettlement(),
                    spots));
        }
        ListingStrip strip = new ListingStrip(config.startDate(), config.firstDeliveryMonth(), config.months(),
                defaults.greenPremiumBps(), List.copyOf(hubs), listings);
        return new SessionListing(strip.catalogue(), strip.greenPremiumBps(), strip.catalogue(), null);
    }

    /**
     * What a session trades on an exchange that lists {@code catalogue} (the desk's): the configured
     * products at the configured hubs, their spot contracts and the first {@code months} delivery months
     * trading on {@code day}, green variants included, with the catalogue's own ids and terms. Empty when
     * none of them trades that day (a weekend).
     */
    public static SessionListing within(Catalogue catalogue, SessionConfig config, LocalDate day) {
        return new SessionListing(Catalogue.of(chosen(catalogue, config, day)),
                CatalogueJson.readDefaultStrip().greenPremiumBps(), catalogue, config);
    }

    private static List<ContractSpec> chosen(Catalogue catalogue, SessionConfig config, LocalDate day) {
        List<ContractSpec> chosen = new ArrayList<>();
        for (ProductSetup product : config.products()) {
            for (HubSetup hub : product.hubs()) {
                List<ContractSpec> here = catalogue.contracts().stream()
                        .filter(spec -> spec.product().code().equals(product.code()) && spec.hub() == hub.hub()
                                && spec.isTradable(day))
                        .toList();
                Set<YearMonth> months = here.stream().filter(spec -> spec.kind() == ContractKind.FUTURE)
                        .map(ContractSpec::deliveryMonth).sorted().distinct().limit(config.months())
                        .collect(Collectors.toSet());
                here.stream().filter(spec -> spec.kind() == ContractKind.SPOT || months.contains(spec.deliveryMonth()))
                        .forEach(chosen::add);
            }
        }
        return chosen;
    }

    /**
     * A live listing rolls as the session clock moves on: the contracts {@link #within} would choose on {@code day}
     * (the first months trading then, so the next month once the front one has stopped trading) join the listing;
     * those listed before stay, to expire on the clock's schedule. Headless the strip is listed whole from the
     * start, and nothing changes.
     * @return the contracts newly listed, in instrument-id order
     */
    public List<ContractSpec> rollTo(LocalDate day) {
        if (rolling == null) {
            return List.of();
        }
        Catalogue before = catalogue;
        List<ContractSpec> added = chosen(exchange, rolling, day).stream()
                .filter(spec -> before.find(spec.instrumentId()).isEmpty()).toList();
        if (!added.isEmpty()) {
            List<ContractSpec> all = new ArrayList<>(before.contracts());
            all.addAll(added);
            catalogue = Catalogue.of(all);
        }
        return added;
    }

    /** Whether nothing is listed: no configured contract trades that day. */
    public boolean isEmpty() {
        return catalogue.isEmpty();
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public List<ContractSpec> contracts() {
        return catalogue.contracts();
    }

    /** The premium of green capacity over standard, as a factor (1.04 for 400 bp). */
    public double greenFactor() {
        return 1.0 + greenPremiumBps / 10_000.0;
    }

    public ContractSpec spec(int instrumentId) {
        return catalogue.byId(instrumentId);
    }

    /**
     * The largest instrument id of the exchange the session trades on, for arrays indexed by id: the
     * events of its other instruments (the desk's) fit them too.
     */
    public int maxInstrumentId() {
        return maxInstrumentId;
    }

    /** The standard (not green) futures of a product at a hub trading on {@code day}, nearest delivery first. */
    public List<ContractSpec> futures(String productCode, Hub hub, LocalDate day) {
        return contracts().stream()
                .filter(spec -> spec.kind() == ContractKind.FUTURE && !spec.green() && spec.hub() == hub
                        && spec.product().code().equals(productCode) && tradesOn(spec, day))
                .sorted(Comparator.comparing(ContractSpec::deliveryMonth)).toList();
    }

    /** The standard spot contract of a product at a hub. */
    public Optional<ContractSpec> spot(String productCode, Hub hub) {
        return contracts().stream().filter(spec -> spec.kind() == ContractKind.SPOT && !spec.green() && spec.hub() == hub
                && spec.product().code().equals(productCode)).findFirst();
    }

    /** Whether {@code day} lies in the contract's trading period (the session only runs on business days). */
    public static boolean tradesOn(ContractSpec spec, LocalDate day) {
        return !day.isBefore(spec.firstTradingDay()) && !day.isAfter(spec.lastTradingDay());
    }
}
