package com.suanli.data.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.Sql;
import com.suanli.data.store.StoreAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template the build made (this module's process-classes phase) gives a new desk what a desk created by the
 * schema script and then given the default catalogue has: the same schema, the same catalogue and plan; the time
 * the catalogue was loaded is the desk's own.
 */
class NewDeskTemplateTest {

    @TempDir
    Path dir;

    @Test
    void a_desk_from_the_template_has_the_schema_and_catalogue_of_one_made_at_its_first_start() throws Exception {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        StoreAddress copied = StoreAddress.file(dir.resolve("copied"));
        try (DeskStore store = DeskStore.open(copied, FileKey.NONE, NewDeskTemplate.template())) {
            store.transaction(c -> {
                CatalogueRepository catalogue = new CatalogueRepository(c);
                assertThat(catalogue.catalogue().contracts()).hasSize(962)
                        .containsExactlyElementsOf(CatalogueJson.readDefault().contracts());
                assertThat(catalogue.plan()).contains(CatalogueJson.readDefaultStrip());
                assertThat(Sql.one(c, "SELECT source FROM listing_plans", row -> row.getString(1)))
                        .contains(NewDeskTemplate.DEFAULT_SOURCE);
                assertThat(Sql.one(c, "SELECT loaded_at FROM listing_plans", row -> row.getObject(1,
                        OffsetDateTime.class)).orElseThrow()).isAfter(before);
                return null;
            });
        }
        StoreAddress created = StoreAddress.file(dir.resolve("created"));
        try (DeskStore store = DeskStore.open(created, FileKey.NONE)) {
            store.transaction(c -> new CatalogueRepository(c).save(CatalogueJson.readDefaultStrip(),
                    NewDeskTemplate.DEFAULT_SOURCE));
        }

        assertThat(script(copied)).containsExactlyInAnyOrderElementsOf(script(created));
    }

    /** The schema and the catalogue's rows, less the user (its salt is drawn at random) and the times. */
    private static List<String> script(StoreAddress address) throws Exception {
        try (Connection c = DriverManager.getConnection(address.url(), DeskStore.USER, "")) {
            return Sql.list(c, "SCRIPT", row -> row.getString(1)).stream()
                    .filter(statement -> !statement.startsWith("CREATE USER") && !statement.startsWith("-- ")
                            && !statement.contains("listing_plans") && !statement.contains("LISTING_PLANS")
                            && !statement.contains("flyway_schema_history"))
                    .toList();
        }
    }
}
