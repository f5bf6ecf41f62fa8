package com.suanli.data.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ListingStrip;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueRepositoryTest {

    private static final ListingStrip DEFAULT_PLAN = CatalogueJson.readDefaultStrip();

    @TempDir
    Path dir;

    @Test
    void a_new_database_has_no_catalogue() {
        try (DeskStore store = TestStores.fresh(dir)) {
            assertThat(isEmpty(store)).isTrue();
            assertThat(catalogue(store).isEmpty()).isTrue();
            assertThat(plan(store)).isEmpty();
        }
    }

    @Test
    void the_default_catalogue_reads_back_contract_for_contract_with_its_plan() {
        try (DeskStore store = TestStores.fresh(dir)) {
            Catalogue saved = store.transaction(c -> new CatalogueRepository(c).save(DEFAULT_PLAN, "default catalogue"));

            Catalogue stored = catalogue(store);
            assertThat(stored.contracts()).hasSize(962).containsExactlyElementsOf(DEFAULT_PLAN.catalogue().contracts())
                    .as("what save answers").containsExactlyElementsOf(saved.contracts());
            assertThat(plan(store)).contains(DEFAULT_PLAN);
        }
    }

    @Test
    void a_new_plan_replaces_the_contracts_of_the_old_one() {
        ListingStrip shorter = new ListingStrip(DEFAULT_PLAN.listingDay(), DEFAULT_PLAN.firstDeliveryMonth(), 2,
                DEFAULT_PLAN.greenPremiumBps(), DEFAULT_PLAN.hubs(), DEFAULT_PLAN.listings().subList(0, 1));
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                new CatalogueRepository(c).save(DEFAULT_PLAN, "default catalogue");
                new CatalogueRepository(c).save(shorter, "shorter.json");
                return null;
            });

            assertThat(catalogue(store).contracts())
                    .containsExactlyElementsOf(shorter.catalogue().contracts());
            assertThat(plan(store)).contains(shorter);
        }
    }

    private static boolean isEmpty(DeskStore store) {
        return store.transaction(c -> new CatalogueRepository(c).isEmpty());
    }

    private static Catalogue catalogue(DeskStore store) {
        return store.transaction(c -> new CatalogueRepository(c).catalogue());
    }

    private static Optional<ListingStrip> plan(DeskStore store) {
        return store.transaction(c -> new CatalogueRepository(c).plan());
    }
}
