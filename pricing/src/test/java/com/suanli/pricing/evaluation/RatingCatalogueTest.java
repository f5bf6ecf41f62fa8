package com.suanli.pricing.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;

class RatingCatalogueTest {

    private static final ComputeProduct H100 = ComputeProduct.of("H100", "NVIDIA H100 SXM 80GB", ProductClass.GPU,
            new Ratings(989, 1979, 34, 80, 3.35, 0, 0.7));

    @Test
    void finds_a_product_by_code_and_names_the_missing_one() {
        StandardComputeUnit scu = StandardComputeUnit.of("SCU", H100, StandardComputeUnit.GPU_WEIGHTS);
        RatingCatalogue catalogue = RatingCatalogue.of(List.of(H100), List.of(scu));

        assertThat(catalogue.product("H100")).isEqualTo(H100);
        assertThat(catalogue.unit("SCU")).isEqualTo(scu);
        assertThatThrownBy(() -> catalogue.product("B300")).hasMessageContaining("B300").hasMessageContaining("H100");
        assertThatThrownBy(() -> catalogue.unit("XCU")).hasMessageContaining("XCU");
    }

    @Test
    void refuses_a_code_listed_twice() {
        assertThatThrownBy(() -> RatingCatalogue.of(List.of(H100, H100), List.of())).hasMessageContaining("H100");
    }

    @Test
    void refuses_a_unit_whose_reference_is_not_in_the_catalogue() {
        ComputeProduct a100 = ComputeProduct.of("A100", "NVIDIA A100 SXM 80GB", ProductClass.GPU,
                new Ratings(312, 0, 9.7, 80, 2.039, 0, 0.4));
        StandardComputeUnit scu = StandardComputeUnit.of("SCU", H100, StandardComputeUnit.GPU_WEIGHTS);

        assertThatThrownBy(() -> RatingCatalogue.of(List.of(a100), List.of(scu))).hasMessageContaining("reference");
    }
}
