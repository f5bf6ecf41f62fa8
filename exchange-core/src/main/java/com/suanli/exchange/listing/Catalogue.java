package com.suanli.exchange.listing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The instruments an exchange lists, immutable, always in instrument-id order so that every
 * iteration is the same from run to run. Filters return catalogues, so they chain:
 * {@code catalogue.ofProduct("H100").inHub(Hub.GZ).green(true)}.
 */
public final class Catalogue {

    private static final Catalogue EMPTY = new Catalogue(List.of());

    private final List<ContractSpec> contracts;
    /** The ids in {@link #contracts} order, searched without boxing: the engine looks up by id per command. */
    private final int[] sortedIds;
    private final Map<String, ContractSpec> bySymbol;

    private Catalogue(List<ContractSpec> sortedContracts) {
        this.contracts = sortedContracts;
        this.sortedIds = new int[sortedContracts.size()];
        this.bySymbol = new HashMap<>(sortedContracts.size() * 2);
        for (int i = 0; i < sortedIds.length; i++) {
            ContractSpec contract = sortedContracts.get(i);
            sortedIds[i] = contract.instrumentId();
            bySymbol.put(contract.symbol(), contract);
        }
    }

    /** The contract with this id, or null. */
    private ContractSpec lookUp(int instrumentId) {
        int index = Arrays.binarySearch(sortedIds, instrumentId);
        return index < 0 ? null : contracts.get(index);
    }

    public static Catalogue empty() {
        return EMPTY;
    }

    /**
     * A catalogue of these contracts, sorted by instrument id.
     * @throws IllegalArgumentException on a duplicate id or symbol, or two different products sharing a code
     */
    public static Catalogue of(Collection<ContractSpec> contracts) {
        List<ContractSpec> sorted = new ArrayList<>(contracts);
        sorted.forEach(contract -> Objects.requireNonNull(contract, "contract"));
        sorted.sort(Comparator.comparingInt(ContractSpec::instrumentId));
        Map<Integer, ContractSpec> ids = new HashMap<>();
        Map<String, ContractSpec> symbols = new HashMap<>();
        Map<String, ComputeProduct> products = new HashMap<>();
        for (ContractSpec contract : sorted) {
            ContractSpec sameId = ids.putIfAbsent(contract.instrumentId(), contract);
            if (sameId != null) {
                throw new IllegalArgumentException("instrumentId: " + contract.instrumentId() + " is used by both "
                        + sameId.symbol() + " and " + contract.symbol());
            }
            ContractSpec sameSymbol = symbols.putIfAbsent(contract.symbol(), contract);
            if (sameSymbol != null) {
                throw new IllegalArgumentException("symbol: " + contract.symbol() + " is listed twice, as instruments "
                        + sameSymbol.instrumentId() + " and " + contract.instrumentId());
            }
            ComputeProduct known = products.putIfAbsent(contract.product().code(), contract.product());
            if (known != null && !known.equals(contract.product())) {
                throw new IllegalArgumentException("product: code " + contract.product().code()
                        + " names two different products (" + contract.symbol() + ")");
            }
        }
        return new Catalogue(List.copyOf(sorted));
    }

    /** Every contract, in instrument-id order. */
    public List<ContractSpec> contracts() {
        return contracts;
    }

    public int size() {
        return contracts.size();
    }

    public boolean isEmpty() {
        return contracts.isEmpty();
    }

    public Optional<ContractSpec> find(int instrumentId) {
        return Optional.ofNullable(lookUp(instrumentId));
    }

    public Optional<ContractSpec> find(String symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }

    /**
     * The contract with this id, found by binary search without allocating.
     * @throws IllegalArgumentException when no contract has this id
     */
    public ContractSpec byId(int instrumentId) {
        ContractSpec contract = lookUp(instrumentId);
        if (contract == null) {
            throw new IllegalArgumentException("instrumentId: " + instrumentId + " is not listed");
        }
        return contract;
    }

    /** @throws IllegalArgumentException when no contract has this symbol */
    public ContractSpec bySymbol(String symbol) {
        ContractSpec contract = bySymbol.get(symbol);
        if (contract == null) {
            throw new IllegalArgumentException("symbol: " + symbol + " is not listed");
        }
        return contract;
    }

    /** The contracts that satisfy {@code condition}, in id order. */
    public Catalogue where(Predicate<ContractSpec> condition) {
        List<ContractSpec> selected = new ArrayList<>();
        for (ContractSpec contract : contracts) {
            if (condition.test(contract)) {
                selected.add(contract);
            }
        }
        return new Catalogue(List.copyOf(selected));
    }

    public Catalogue ofProduct(String productCode) {
        return where(contract -> contract.product().code().equals(productCode));
    }

    public Catalogue inHub(Hub hub) {
        return where(contract -> contract.hub() == hub);
    }

    public Catalogue green(boolean green) {
        return where(contract -> contract.green() == green);
    }

    public Catalogue ofKind(ContractKind kind) {
        return where(contract -> contract.kind() == kind);
    }

    /** The futures delivering over {@code month}. */
    public Catalogue deliveringIn(YearMonth month) {
        return where(contract -> month.equals(contract.deliveryMonth()));
    }

    /** The distinct products, in order of first appearance. */
    public List<ComputeProduct> products() {
        Map<String, ComputeProduct> products = new LinkedHashMap<>();
        contracts.forEach(contract -> products.putIfAbsent(contract.product().code(), contract.product()));
        return List.copyOf(products.values());
    }

    /** The distinct hubs, in {@link Hub} order. */
    public List<Hub> hubs() {
        List<Hub> hubs = new ArrayList<>();
        for (Hub hub : Hub.values()) {
            if (contracts.stream().anyMatch(contract -> contract.hub() == hub)) {
                hubs.add(hub);
            }
        }
        return List.copyOf(hubs);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Catalogue that && contracts.equals(that.contracts);
    }

    @Override
    public int hashCode() {
        return contracts.hashCode();
    }

    @Override
    public String toString() {
        return "Catalogue[" + contracts.size() + " contracts]";
    }
}
