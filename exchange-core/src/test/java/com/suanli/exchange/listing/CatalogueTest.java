package com.suanli.exchange.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogueTest {

    private final Catalogue catalogue = ListingFixtures.strip().catalogue();

    @Test
    void contracts_are_found_by_id_and_by_symbol() {
        ContractSpec spot = catalogue.bySymbol("H100-GZ-G-SPOT");

        assertThat(catalogue.byId(spot.instrumentId())).isSameAs(spot);
        assertThat(catalogue.find("H100-NX-SPOT")).isEmpty();
        assertThat(catalogue.find(9999)).isEmpty();
        assertThatThrownBy(() -> catalogue.byId(9999)).hasMessage("instrumentId: 9999 is not listed");
        assertThatThrownBy(() -> catalogue.bySymbol("H100-NX-SPOT")).hasMessage("symbol: H100-NX-SPOT is not listed");
    }

    @Test
    void the_order_is_by_instrument_id_whatever_the_input_order() {
        List<ContractSpec> reversed = new ArrayList<>(catalogue.contracts());
        Collections.reverse(reversed);

        assertThat(Catalogue.of(reversed)).isEqualTo(catalogue);
        assertThat(Catalogue.of(reversed).contracts()).extracting(ContractSpec::instrumentId).isSorted();
    }

    @Test
    void filters_chain_and_keep_the_order() {
        Catalogue greenGuizhou = catalogue.ofProduct("H100").inHub(Hub.GZ).green(true);

        assertThat(greenGuizhou.size()).isEqualTo(13);
        assertThat(greenGuizhou.contracts()).extracting(ContractSpec::instrumentId).isSorted();
        assertThat(catalogue.products()).extracting(ComputeProduct::code).containsExactly("H100", "CPUX86");
        assertThat(catalogue.hubs()).containsExactly(Hub.YRD, Hub.NM, Hub.GZ);
        assertThat(Catalogue.empty().isEmpty()).isTrue();
    }

    @Test
    void duplicate_ids_and_symbols_are_refused() {
        ContractSpec march = ListingFixtures.h100March();
        ContractSpec sameSymbolOtherId = new ContractSpec(8, march.symbol(), march.product(), march.hub(), false,
                march.kind(), march.deliveryMonth(), march.settlement(), march.contractSize(), march.tickSize(),
                march.lotSize(), march.maxOrderLots(), march.priceBandBps(), march.referencePriceTicks(),
                march.firstTradingDay(), march.lastTradingDay(), march.expiry());
        ContractSpec otherSymbolSameId = new ContractSpec(7, "H100-YRD-SPOT", march.product(), march.hub(), false,
                ContractKind.SPOT, null, Settlement.PHYSICAL, 1000, new BigDecimal("0.01"), 1, 500, 1000, 2000,
                march.firstTradingDay(), march.firstTradingDay(), march.firstTradingDay().plusDays(1));

        assertThatThrownBy(() -> Catalogue.of(List.of(march, sameSymbolOtherId)))
                .hasMessage("symbol: H100-YRD-2027M03 is listed twice, as instruments 7 and 8");
        assertThatThrownBy(() -> Catalogue.of(List.of(march, otherSymbolSameId)))
                .hasMessageStartingWith("instrumentId: 7 is used by both");
    }
}
