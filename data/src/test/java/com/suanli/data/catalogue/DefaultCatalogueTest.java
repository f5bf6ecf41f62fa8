package com.suanli.data.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.HubSide;
import com.suanli.exchange.listing.ListingStrip;
import com.suanli.exchange.listing.ListingTerms;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Settlement;
import com.suanli.exchange.listing.Symbol;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default catalogue meets the listing brief: products, hubs, strips and a believable price structure. */
class DefaultCatalogueTest {

    private static final List<String> GPUS = List.of("H100", "H200", "B200", "A100", "ASC910B");
    private static final int STRIP_MONTHS = 12;
    private static final int DEFAULT_CONTRACTS = 962;
    /** Ascend 910B rents within this fraction of the A100 in the same hub. */
    private static final BigDecimal ASCEND_TO_A100_BAND = new BigDecimal("0.15");
    /** Green capacity carries a premium, but a small one. */
    private static final BigDecimal MAX_GREEN_PREMIUM = new BigDecimal("1.10");

    private final ListingStrip strip = CatalogueJson.readDefaultStrip();
    private final Catalogue catalogue = strip.catalogue();

    @Test
    void the_default_strip_starts_in_january_2027_with_twelve_months() {
        assertThat(strip.firstDeliveryMonth()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(strip.months()).isEqualTo(STRIP_MONTHS);
        assertThat(strip.hubs()).containsExactly(Hub.values());
        assertThat(catalogue.size()).as("as docs/CATALOGUE.md says").isEqualTo(DEFAULT_CONTRACTS);
        assertThat(catalogue.contracts()).extracting(ContractSpec::instrumentId)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, catalogue.size()).boxed().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"H100", "H200", "B200", "A100", "ASC910B"})
    void each_gpu_lists_spot_and_twelve_months_in_east_and_west_hubs(String code) {
        Catalogue product = catalogue.ofProduct(code);
        List<Hub> hubs = product.hubs();

        assertThat(hubs).hasSizeGreaterThanOrEqualTo(4);
        assertThat(hubs).extracting(Hub::side).contains(HubSide.EAST, HubSide.WEST);
        for (Hub hub : hubs) {
            Catalogue standard = product.inHub(hub).green(false);
            assertThat(standard.ofKind(ContractKind.SPOT).size()).as(code + " " + hub).isEqualTo(1);
            assertThat(standard.ofKind(ContractKind.FUTURE).contracts()).extracting(ContractSpec::deliveryMonth)
                    .containsExactlyElementsOf(strip.deliveryMonths());
            assertThat(product.inHub(hub).green(true).size()).as(code + " green in " + hub)
                    .isEqualTo(hub.isWest() ? 1 + STRIP_MONTHS : 0);
        }
        assertThat(product.ofKind(ContractKind.FUTURE).contracts())
                .allMatch(contract -> contract.settlement() == Settlement.CASH);
        assertThat(product.ofKind(ContractKind.SPOT).contracts())
                .allMatch(contract -> contract.settlement() == Settlement.PHYSICAL);
    }

    @Test
    void cpu_fpga_and_storage_are_listed_for_physical_delivery() {
        assertThat(catalogue.products()).extracting(ComputeProduct::productClass)
                .contains(ProductClass.CPU, ProductClass.FPGA, ProductClass.STORAGE);
        assertThat(catalogue.where(contract -> contract.product().productClass() != ProductClass.GPU).contracts())
                .isNotEmpty()
                .allMatch(contract -> contract.settlement() == Settlement.PHYSICAL);
        assertThat(catalogue.ofProduct("COLDTB").hubs()).allMatch(Hub::isWest);
    }

    @Test
    void h100_rents_between_10_and_30_yuan_per_gpu_hour() {
        assertThat(spotPrices("H100").values())
                .allSatisfy(price -> assertThat(price).isBetween(BigDecimal.TEN, new BigDecimal("30")));
    }

    @Test
    void west_hubs_are_cheaper_than_east_hubs_for_every_product() {
        for (ListingTerms terms : strip.listings()) {
            BigDecimal cheapestEast = extreme(terms, HubSide.EAST, true);
            BigDecimal dearestWest = extreme(terms, HubSide.WEST, false);
            if (cheapestEast != null && dearestWest != null) {
                assertThat(dearestWest).as(terms.product().code()).isLessThan(cheapestEast);
            }
        }
    }

    private static BigDecimal extreme(ListingTerms terms, HubSide side, boolean lowest) {
        return terms.spotPrices().entrySet().stream().filter(entry -> entry.getKey().side() == side)
                .map(Map.Entry::getValue)
                .reduce((a, b) -> lowest ? a.min(b) : a.max(b)).orElse(null);
    }

    @Test
    void newer_gpus_rent_dearer_in_every_hub_and_ascend_sits_near_a100() {
        List<String> dearestFirst = List.of("B200", "H200", "H100", "A100");
        for (Hub hub : Hub.values()) {
            BigDecimal previous = null;
            for (String code : dearestFirst) {
                BigDecimal price = spotPrices(code).get(hub);
                if (price != null && previous != null) {
                    assertThat(price).as(code + " in " + hub).isLessThan(previous);
                }
                previous = price == null ? previous : price;
            }
            BigDecimal a100 = spotPrices("A100").get(hub);
            BigDecimal ascend = spotPrices("ASC910B").get(hub);
            if (a100 != null && ascend != null) {
                assertThat(ascend.subtract(a100).abs()).as("910B vs A100 in " + hub)
                        .isLessThanOrEqualTo(a100.multiply(ASCEND_TO_A100_BAND));
            }
        }
    }

    @Test
    void green_capacity_costs_a_small_premium() {
        for (ContractSpec green : catalogue.green(true).contracts()) {
            Symbol standardSymbol = new Symbol(green.product().code(), green.hub(), false, green.kind(),
                    green.deliveryMonth());
            ContractSpec standard = catalogue.bySymbol(standardSymbol.toString());
            assertThat(green.referencePriceTicks()).as(green.symbol()).isGreaterThan(standard.referencePriceTicks());
            assertThat(BigDecimal.valueOf(green.referencePriceTicks()))
                    .isLessThanOrEqualTo(BigDecimal.valueOf(standard.referencePriceTicks()).multiply(MAX_GREEN_PREMIUM));
        }
    }

    @Test
    void gpu_ratings_follow_the_generations() {
        Map<String, ComputeProduct> gpus = new HashMap<>();
        catalogue.products().forEach(product -> gpus.put(product.code(), product));

        assertThat(gpus.keySet()).containsAll(GPUS);
        assertThat(gpus.get("B200").ratings().denseBf16Tflops()).isGreaterThan(gpus.get("H100").ratings().denseBf16Tflops());
        assertThat(gpus.get("H100").ratings().denseBf16Tflops()).isGreaterThan(gpus.get("A100").ratings().denseBf16Tflops());
        assertThat(gpus.get("H200").ratings().memoryGb()).isGreaterThan(gpus.get("H100").ratings().memoryGb());
        assertThat(gpus.get("A100").ratings().fp8Tflops()).as("Ampere has no FP8").isZero();
        assertThat(gpus.get("CPUX86").ratings().cpuScore()).isPositive();
    }

    @Test
    void every_symbol_reads_back_to_its_contract_terms() {
        for (ContractSpec contract : catalogue.contracts()) {
            assertThat(Symbol.parse(contract.symbol())).isEqualTo(contract.parsedSymbol());
            assertThat(contract.toTicks(contract.toPrice(contract.referencePriceTicks())))
                    .isEqualTo(contract.referencePriceTicks());
        }
    }

    private Map<Hub, BigDecimal> spotPrices(String code) {
        return strip.listings().stream().filter(terms -> terms.product().code().equals(code)).findFirst()
                .orElseThrow().spotPrices();
    }
}
