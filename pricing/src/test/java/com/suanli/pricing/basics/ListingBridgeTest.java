package com.suanli.pricing.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;
import com.suanli.exchange.listing.Settlement;
import com.suanli.pricing.future.ComputeFuture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ListingBridgeTest {

    private static final ComputeProduct H100 = ComputeProduct.of("H100", "NVIDIA H100 SXM 80GB", ProductClass.GPU,
            new Ratings(989, 1979, 34, 80, 3.35, 0, 0.7));
    private static final YearMonth MARCH = YearMonth.of(2027, 3);

    private static ContractSpec h100GreenNingxiaMarch() {
        return new ContractSpec(9, "H100-NX-G-2027M03", H100, Hub.NX, true, ContractKind.FUTURE, MARCH, Settlement.CASH,
                1000, new BigDecimal("0.01"), 1, 500, 1000, 1500, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 26),
                LocalDate.of(2027, 3, 31));
    }

    @Test
    void listed_contract_keys_its_underlying_by_product_and_hub_code() {
        assertThat(Underlying.of(h100GreenNingxiaMarch())).isEqualTo(Underlying.green("H100", "NX"));
        assertThat(Underlying.of(H100, Hub.YRD, false)).isEqualTo(Underlying.of("H100", "YRD"));
    }

    @Test
    void listed_future_becomes_a_compute_future_with_its_contract_size() {
        ComputeFuture future = ComputeFuture.of(h100GreenNingxiaMarch());
        assertThat(future.underlying()).isEqualTo(Underlying.green("H100", "NX"));
        assertThat(future.deliveryMonth()).isEqualTo(MARCH);
        assertThat(future.lotSize()).isEqualTo(1000.0);
    }

    @Test
    void spot_contract_is_not_a_future() {
        ContractSpec spot = new ContractSpec(3, "H100-YRD-SPOT", H100, Hub.YRD, false, ContractKind.SPOT, null,
                Settlement.CASH, 1000, new BigDecimal("0.01"), 1, 500, 1000, 2000, LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 31));
        assertThatThrownBy(() -> ComputeFuture.of(spot)).hasMessageContaining("contract: H100-YRD-SPOT is SPOT, not a future");
    }
}
