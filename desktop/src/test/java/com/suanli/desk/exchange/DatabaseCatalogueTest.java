package com.suanli.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.listing.CatalogueRepository;
import com.suanli.data.listing.NewDeskTemplate;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.Sql;
import com.suanli.data.store.StoreAddress;
import com.suanli.data.store.StoreException;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ListingStrip;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void the_first_start_creates_the_database_and_stores_the_default_catalogue_later_starts_read_it_back() {
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        AtomicInteger defaultsRead = new AtomicInteger();
        Catalogue first;
        try (DatabaseCatalogue catalogue = new DatabaseCatalogue(address, FileKey.NONE, () -> {
            defaultsRead.incrementAndGet();
            return CatalogueJson.readDefaultStrip();
        })) {
            first = catalogue.get();
        }
        assertThat(address.dataFile()).exists();

        try (DatabaseCatalogue catalogue = new DatabaseCatalogue(address, FileKey.NONE, () -> {
            defaultsRead.incrementAndGet();
            return CatalogueJson.readDefaultStrip();
        })) {
            assertThat(catalogue.get().contracts()).isEqualTo(first.contracts()).hasSize(962);
        }
        assertThat(defaultsRead).hasValue(1);
    }

    @Test
    void a_new_desk_is_a_copy_of_the_template_the_build_made_with_the_default_catalogue() {
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        try (DatabaseCatalogue catalogue = new DatabaseCatalogue(address, FileKey.NONE)) {
            assertThat(catalogue.get().contracts()).isEqualTo(CatalogueJson.readDefault().contracts());
            // One plan, the template's: a copy is not given the default catalogue a second time.
            List<String> plans = catalogue.database().transaction(c -> Sql.list(c, "SELECT source FROM listing_plans",
                    row -> row.getString(1)));
            assertThat(plans).containsExactly(NewDeskTemplate.DEFAULT_SOURCE);
        }
    }

    @Test
    void a_catalogue_configured_in_the_database_is_the_one_traded() {
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        ListingStrip plan = CatalogueJson.readDefaultStrip();
        ListingStrip oneProduct = new ListingStrip(plan.listingDay(), plan.firstDeliveryMonth(), 1, plan.greenPremiumBps(),
                plan.hubs(), plan.listings().subList(0, 1));
        try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
            store.transaction(c -> {
                new CatalogueRepository(c).save(oneProduct, "desk's own");
                return null;
            });
        }

        try (DatabaseCatalogue catalogue = new DatabaseCatalogue(address, FileKey.NONE)) {
            assertThat(catalogue.get().contracts()).isEqualTo(oneProduct.catalogue().contracts());
        }
    }

    @Test
    void a_database_that_cannot_be_opened_fails_the_start_saying_why() {
        StoreAddress address = StoreAddress.file(dir.resolve("secret"));
        DeskStore.open(address, FileKey.of("correct-horse".toCharArray())).close();

        try (DatabaseCatalogue catalogue = new DatabaseCatalogue(address, FileKey.of("wrong".toCharArray()))) {
            assertThatThrownBy(catalogue::get).isInstanceOf(StoreException.class)
                    .hasMessage("cannot open database " + address + ": wrong key, or the database is not encrypted");
        }
    }
}
