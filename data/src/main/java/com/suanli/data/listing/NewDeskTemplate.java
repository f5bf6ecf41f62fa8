package com.suanli.data.listing;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.Sql;
import com.suanli.data.store.StoreTemplate;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * A new desk's database as the build makes it ({@link StoreTemplate}): the schema and the default catalogue, the
 * same for every desk. What is a desk's own is left to its first start: when the catalogue was loaded (set again
 * on the copy), its users, its account and the day's sessions (made as on any start). The data module's build
 * runs {@link #main} into its classes, so the template travels in its jar.
 */
public final class NewDeskTemplate {

    /** How the default plan is named as the source of a stored catalogue. */
    public static final String DEFAULT_SOURCE = "default catalogue (" + CatalogueJson.DEFAULT_RESOURCE + ")";

    /** The template's data file, a resource beside this class. */
    static final String RESOURCE = "new-desk.mv.db";

    private NewDeskTemplate() {
    }

    /**
     * The template the build made, looked up when a new desk is made; without one (classes the build did not
     * finish), a new desk is made as before.
     */
    public static StoreTemplate template() {
        return StoreTemplate.at(() -> NewDeskTemplate.class.getResource(RESOURCE), connection -> Sql.update(connection,
                "UPDATE listing_plans SET loaded_at = ?", OffsetDateTime.now()));
    }

    /** Makes the template at {@code args[0]}, a {@code .mv.db} file (the data module's build does). */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: NewDeskTemplate FILE.mv.db");
        }
        StoreTemplate.make(Path.of(args[0]), connection ->
                new CatalogueRepository(connection).save(CatalogueJson.readDefaultStrip(), DEFAULT_SOURCE));
    }
}
