package com.suanli.sessions.config;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.json.JsonInput;
import com.suanli.exchange.listing.BusinessDays;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.ListingStrip;
import com.suanli.exchange.listing.ListingTerms;
import com.suanli.pricing.model.JumpParameters;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a session configuration ({@code "format": "suanli-session/1"}, docs/SESSIONS.md) strictly:
 * unknown fields, missing ones, values out of range, products the default catalogue does not list,
 * a spot price off the product's tick and a start that is no business day are each a problem at
 * their JSON path, and the file is refused whole listing them all.
 */
public final class SessionConfigJson {

    public static final String FORMAT = "suanli-session/1";
    /** The calm month the workstation starts behind its window. */
    public static final String DEFAULT_NAME = "calm-month";
    public static final String DEFAULT_RESOURCE = DEFAULT_NAME + ".json";
    /** The configurations shipped with the sessions module, by name (the resource is the name with .json). */
    public static final List<String> BUNDLED = List.of(DEFAULT_NAME, "scarcity-squeeze", "expiry-week", "outage-wave");

    private static final JsonInput.Refusal EVERY_PROBLEM = JsonInput.Refusal.WITH_EVERY_PROBLEM;
    private static final Set<String> TOP = Set.of("format", "name", "startDate", "days", "firstDeliveryMonth", "months",
            "clock", "clearing", "scarcityElasticity", "products", "agents", "shocks", "user", "insurance",
            "activity");
    private static final Set<String> CLOCK = Set.of("open", "close", "stepSeconds", "fairValueRefreshMinutes", "speed");
    private static final Set<String> CLEARING = Set.of("initialMarginBps", "scanRangeBps", "hubCreditBps",
            "calendarChargeBps", "makerFeePerLot", "takerFeePerLot", "closingWindowMinutes", "settlementMinimumLots",
            "settlementMaximumSpreadTicks", "indexMinimumLots", "indexMinimumTrades");
    private static final Set<String> PRODUCT = Set.of("code", "kappa", "sigma", "obsolescenceRate", "jumps",
            "hubCorrelation", "hubs");
    private static final Set<String> JUMPS = Set.of("intensity", "meanSize", "sizeStd");
    private static final Set<String> HUB = Set.of("spot", "longRunSpot", "capacityGpus", "baseOccupancy",
            "outagesPerMonth", "outageShare", "outageHours");
    private static final Set<String> AGENTS = Set.of("marketMakers", "consumers", "providers", "noise", "value",
            "momentum", "hubArbitrage", "calendarArbitrage");
    private static final Set<String> GROUP = Set.of("count", "cash", "wakesPerDay", "maxLots");
    private static final Set<String> SHOCK = Set.of("at", "product", "logSize");
    private static final Set<String> USER = Set.of("account", "cash");
    private static final Set<String> INSURANCE = Set.of("coveredGpus", "coverDays", "deductibleMinutes",
            "outageLimitCny", "capShare", "capStrikeBps", "capLimitCny", "outageLoading", "capLoading", "insurerCash");

    private SessionConfigJson() {
    }

    /** The configuration in {@code file}. */
    public static SessionConfig read(Path file) {
        return read(JsonInput.parse(file, EVERY_PROBLEM));
    }

    /** The configuration in {@code json}, named {@code source} in a refusal. */
    public static SessionConfig read(String json, String source) {
        return read(JsonInput.parse(json, source, EVERY_PROBLEM));
    }

    /** The bundled calm month. */
    public static SessionConfig readDefault() {
        return readBundled(DEFAULT_NAME);
    }

    /** A bundled configuration by name ({@link #BUNDLED}). */
    public static SessionConfig readBundled(String name) {
        if (!BUNDLED.contains(name)) {
            throw new IllegalArgumentException("name: no bundled session '" + name + "', expected one of " + BUNDLED);
        }
        return read(JsonInput.parseResource(SessionConfigJson.class, name + ".json", EVERY_PROBLEM));
    }

    private static SessionConfig read(JsonInput root) {
        JsonInput top = root.allowOnly(TOP);
        JsonInput format = top.get("format");
        String formatText = format.text();
        if (formatText != null && !FORMAT.equals(formatText)) {
            format.problem("must be '" + FORMAT + "', was '" + formatText + "'");
        }
        String name = top.get("name").text();
        JsonInput startInput = top.get("startDate");
        LocalDate startDate = startInput.date();
        Integer days = top.get("days").intValue();
        YearMonth firstMonth = top.get("firstDeliveryMonth").month();
        if (startDate != null && firstMonth != null) {
            checkStart(startInput, startDate, firstMonth);
        }
        Integer months = top.get("months").intValue();
        SessionClock clock = readClock(top.get("clock"));
        ClearingTerms clearing = readClearing(top.get("clearing"));
        Double elasticity = top.get("scarcityElasticity").number();
        List<ProductSetup> products = readProducts(top.get("products"));
        AgentMix agents = readAgents(top.get("agents"));
        List<PriceShock> shocks = top.has("shocks") ? readShocks(top.get("shocks")) : List.of();
        Optional<UserAccount> user = top.has("user") ? readUser(top.get("user")) : Optional.empty();
        InsuranceSettings insurance = optional(top, "insurance", InsuranceSettings.NONE, SessionConfigJson::readInsurance);
        ActivityRegime activity = optional(top, "activity", ActivityRegime.NONE, SessionConfigJson::readActivity);
        SessionConfig config = top.build(() -> new SessionConfig(name, startDate, days, firstMonth, months, clock,
                clearing, elasticity, products, agents, shocks, user, insurance, activity));
        root.refuseIfAnyProblem();
        return config;
    }

    private static List<PriceShock> readShocks(JsonInput array) {
        List<PriceShock> shocks = new ArrayList<>();
        for (JsonInput element : array.elements()) {
            JsonInput s = element.allowOnly(SHOCK);
            JsonInput atInput = s.get("at");
            String atText = atInput.text();
            LocalDateTime at = null;
            if (atText != null) {
                try {
                    at = LocalDateTime.parse(atText);
                } catch (DateTimeParseException e) {
                    atInput.problem("must be a Shanghai date and time like 2027-01-06T11:00, was '" + atText + "'");
                }
            }
            LocalDateTime when = at;
            String product = s.get("product").text();
            Double size = s.get("logSize").number();
            shocks.add(s.build(() -> new PriceShock(when, product, size)));
        }
        return shocks;
    }

    private static Optional<UserAccount> readUser(JsonInput input) {
        JsonInput u = input.allowOnly(USER);
        Long account = u.get("account").longValue();
        Long cash = u.get("cash").longValue();
        return Optional.ofNullable(u.build(() -> new UserAccount(account, cash)));
    }

    private static void checkStart(JsonInput at, LocalDate startDate, YearMonth firstMonth) {
        BusinessDays.closure(startDate).ifPresent(closure ->
                at.problem(startDate + " is " + closure + ", not a business day"));
        LocalDate lastDay = ListingStrip.futureLastTradingDay(firstMonth);
        if (startDate.isAfter(lastDay)) {
            at.problem(startDate + " is after " + lastDay + ", the last trading day of the first future ("
                    + firstMonth + ")");
        }
    }

    private static SessionClock readClock(JsonInput input) {
        JsonInput clock = input.allowOnly(CLOCK);
        LocalTime open = time(clock.get("open"));
        LocalTime close = time(clock.get("close"));
        Integer step = clock.get("stepSeconds").intValue();
        Integer refresh = clock.get("fairValueRefreshMinutes").intValue();
        Double speed = clock.get("speed").number();
        return clock.build(() -> new SessionClock(open, close, step, refresh, speed));
    }

    private static LocalTime time(JsonInput input) {
        String text = input.text();
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            input.problem("must be a Shanghai time like 09:00, was '" + text + "'");
            return null;
        }
    }

    private static ClearingTerms readClearing(JsonInput input) {
        JsonInput c = input.allowOnly(CLEARING);
        Integer initial = c.get("initialMarginBps").intValue();
        Integer scan = c.get("scanRangeBps").intValue();
        Integer hubCredit = c.get("hubCreditBps").intValue();
        Integer calendar = c.get("calendarChargeBps").intValue();
        Long maker = c.get("makerFeePerLot").longValue();
        Long taker = c.get("takerFeePerLot").longValue();
        Integer window = c.get("closingWindowMinutes").intValue();
        Long settlementLots = c.get("settlementMinimumLots").longValue();
        Long spread = c.get("settlementMaximumSpreadTicks").longValue();
        Long indexLots = c.get("indexMinimumLots").longValue();
        Integer indexTrades = c.get("indexMinimumTrades").intValue();
        return c.build(() -> new ClearingTerms(initial, scan, hubCredit, calendar, maker, taker, window, settlementLots,
                spread, indexLots, indexTrades));
    }

    private static List<ProductSetup> readProducts(JsonInput array) {
        Map<String, ListingTerms> listed = CatalogueJson.readDefaultStrip().listings().stream()
                .collect(Collectors.toMap(terms -> terms.product().code(), Function.identity()));
        List<ProductSetup> products = new ArrayList<>();
        for (JsonInput element : array.elements()) {
            JsonInput p = element.allowOnly(PRODUCT);
            JsonInput codeInput = p.get("code");
            String code = codeInput.text();
            ListingTerms terms = code == null ? null : listed.get(code);
            if (code != null && terms == null) {
                codeInput.problem("the default catalogue lists no product " + code + ", expected one of "
                        + listed.keySet().stream().sorted().toList());
            }
            Double kappa = p.get("kappa").number();
            Double sigma = p.get("sigma").number();
            Double obsolescence = p.get("obsolescenceRate").number();
            JumpParameters jumps = readJumps(p.get("jumps"));
            Double correlation = p.get("hubCorrelation").number();
            List<HubSetup> hubs = readHubs(p.get("hubs"), terms);
            products.add(p.build(() -> new ProductSetup(code, kappa, sigma, obsolescence, jumps, correlation, hubs)));
        }
        return products;
    }

    private static JumpParameters readJumps(JsonInput input) {
        JsonInput j = input.allowOnly(JUMPS);
        Double intensity = j.get("intensity").number();
        Double mean = j.get("meanSize").number();
        Double std = j.get("sizeStd").number();
        return j.build(() -> new JumpParameters(intensity, mean, std));
    }

    private static List<HubSetup> readHubs(JsonInput input, ListingTerms terms) {
        List<HubSetup> hubs = new ArrayList<>();
        input.fieldsKeyedBy(Hub::ofCode, "a hub code such as YRD").forEach((hub, value) -> {
            JsonInput h = value.allowOnly(HUB);
            JsonInput spotInput = h.get("spot");
            BigDecimal spot = spotInput.decimal();
            if (spot != null && terms != null && spot.signum() > 0 && spot.remainder(terms.tickSize()).signum() != 0) {
                spotInput.problem(spot.toPlainString() + " is not a multiple of the tick " + terms.tickSize().toPlainString());
            }
            Double longRun = h.get("longRunSpot").number();
            Long capacity = h.get("capacityGpus").longValue();
            Double occupancy = h.get("baseOccupancy").number();
            Double outages = h.get("outagesPerMonth").number();
            Double share = h.get("outageShare").number();
            Double hours = h.get("outageHours").number();
            hubs.add(h.build(() -> new HubSetup(hub, spot, longRun, capacity, occupancy, outages, share, hours)));
        });
        return hubs;
    }

    private static AgentMix readAgents(JsonInput input) {
        JsonInput a = input.allowOnly(AGENTS);
        MarketMakerSettings makers = optional(a, "marketMakers",
                new MarketMakerSettings(AgentGroup.NONE, 1, 1, 0, 0), SessionConfigJson::readMarketMakers);
        HedgerSettings consumers = optional(a, "consumers", new HedgerSettings(AgentGroup.NONE, 1, 0, 1),
                hedgers -> readHedgers(hedgers, false));
        HedgerSettings providers = optional(a, "providers", new HedgerSettings(AgentGroup.NONE, 1, 0, 1),
                hedgers -> readHedgers(hedgers, true));
        TraderSettings none = TraderSettings.of(AgentGroup.NONE, 1, 0);
        TraderSettings noise = optional(a, "noise", none, g -> readTraders(g, Set.of("orderLots", "thresholdBps")));
        TraderSettings value = optional(a, "value", none,
                g -> readTraders(g, Set.of("orderLots", "thresholdBps", "viewNoiseBps")));
        TraderSettings momentum = optional(a, "momentum", none,
                g -> readTraders(g, Set.of("orderLots", "thresholdBps", "fastMinutes", "slowMinutes")));
        TraderSettings hub = optional(a, "hubArbitrage", none, g -> readTraders(g, Set.of("orderLots", "thresholdBps")));
        TraderSettings calendar = optional(a, "calendarArbitrage", none,
                g -> readTraders(g, Set.of("orderLots", "thresholdBps")));
        return a.build(() -> new AgentMix(makers, consumers, providers, noise, value, momentum, hub, calendar));
    }

    private static <T> T optional(JsonInput parent, String field, T none, Function<JsonInput, T> reader) {
        return parent.has(field) ? reader.apply(parent.get(field)) : none;
    }

    private static InsuranceSettings readInsurance(JsonInput input) {
        JsonInput i = input.allowOnly(INSURANCE);
        Long gpus = i.get("coveredGpus").longValue();
        Integer days = i.get("coverDays").intValue();
        Integer deductible = i.get("deductibleMinutes").intValue();
        Long outageLimit = i.get("outageLimitCny").longValue();
        Double capShare = i.get("capShare").number();
        Integer strike = i.get("capStrikeBps").intValue();
        Long capLimit = i.get("capLimitCny").longValue();
        Double outageLoading = i.get("outageLoading").number();
        Double capLoading = i.get("capLoading").number();
        Long cash = i.get("insurerCash").longValue();
        return i.build(() -> new InsuranceSettings(gpus, days, deductible, outageLimit, capShare, strike, capLimit,
                outageLoading, capLoading, cash));
    }

    private static AgentGroup readGroup(JsonInput g) {
        Integer count = g.get("count").intValue();
        Long cash = g.get("cash").longValue();
        Double wakes = g.get("wakesPerDay").number();
        Long maxLots = g.get("maxLots").longValue();
        return g.build(() -> new AgentGroup(count, cash, wakes, maxLots));
    }

    private static MarketMakerSettings readMarketMakers(JsonInput input) {
        JsonInput m = input.allowOnly(union(Set.of("halfSpreadBps", "quoteLots", "skewBpsPerLot", "volatilityWeight")));
        AgentGroup group = readGroup(m);
        Integer half = m.get("halfSpreadBps").intValue();
        Long lots = m.get("quoteLots").longValue();
        Double skew = m.get("skewBpsPerLot").number();
        Double volatility = m.get("volatilityWeight").number();
        return m.build(() -> new MarketMakerSettings(group, half, lots, skew, volatility));
    }

    /** Consumers and providers alike; only providers may say how they fail ({@code failures}, optional). */
    private static HedgerSettings readHedgers(JsonInput input, boolean providers) {
        JsonInput h = input.allowOnly(union(providers ? Set.of("lotsPerDay", "urgencyBps", "monthsAhead", "failures")
                : Set.of("lotsPerDay", "urgencyBps", "monthsAhead")));
        AgentGroup group = readGroup(h);
        Long lotsPerDay = h.get("lotsPerDay").longValue();
        Integer urgency = h.get("urgencyBps").intValue();
        Integer ahead = h.get("monthsAhead").intValue();
        DeliveryFailures failures = optional(h, "failures", DeliveryFailures.NONE, SessionConfigJson::readFailures);
        return h.build(() -> new HedgerSettings(group, lotsPerDay, urgency, ahead, failures));
    }

    private static ActivityRegime readActivity(JsonInput input) {
        JsonInput a = input.allowOnly(Set.of("halfLifeMinutes", "volatility"));
        Double halfLife = a.get("halfLifeMinutes").number();
        Double volatility = a.get("volatility").number();
        return a.build(() -> new ActivityRegime(halfLife, volatility));
    }

    private static DeliveryFailures readFailures(JsonInput input) {
        JsonInput f = input.allowOnly(Set.of("capacityCutsPerMonth", "capacityCutShare", "ownFailureShare"));
        Double cuts = f.get("capacityCutsPerMonth").number();
        Double cutShare = f.get("capacityCutShare").number();
        Double own = f.get("ownFailureShare").number();
        return f.build(() -> new DeliveryFailures(cuts, cutShare, own));
    }

    private static TraderSettings readTraders(JsonInput input, Set<String> fields) {
        JsonInput t = input.allowOnly(union(fields));
        AgentGroup group = readGroup(t);
        Long lots = t.get("orderLots").longValue();
        Integer threshold = t.get("thresholdBps").intValue();
        Integer noise = fields.contains("viewNoiseBps") ? t.get("viewNoiseBps").intValue() : Integer.valueOf(0);
        Integer fast = fields.contains("fastMinutes") ? t.get("fastMinutes").intValue() : Integer.valueOf(1);
        Integer slow = fields.contains("slowMinutes") ? t.get("slowMinutes").intValue() : Integer.valueOf(2);
        return t.build(() -> new TraderSettings(group, lots, threshold, noise, fast, slow));
    }

    private static Set<String> union(Set<String> specific) {
        Set<String> all = new HashSet<>(GROUP);
        all.addAll(specific);
        return all;
    }
}
