package com.suanli.data.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.Sql;
import com.suanli.data.store.StoreAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V3: the first schema's four roles become the three of issue 14, and no other role can be stored. */
class UserRolesMigrationTest {

    private static final String MIGRATIONS = "classpath:com/suanli/data/store/migration";

    @TempDir
    Path dir;

    @Test
    void users_of_the_old_roles_keep_what_they_could_do() throws Exception {
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        String url = address.url() + ";MAX_COMPACT_TIME=0";
        // As a desk of version 2 made it: through the V scripts (the baseline B7 came later).
        Flyway.configure().dataSource(url, DeskStore.USER, "").locations(MIGRATIONS).target("2")
                .configuration(Map.of("flyway.baselineMigrationPrefix", "NOT_A_BASELINE")).load().migrate();
        try (Connection c = DriverManager.getConnection(url, DeskStore.USER, "");
             Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO firms VALUES ('SCC', 'Shanghai Compute Clearing', 'CLEARING_MEMBER')");
            for (String role : new String[] {"TRADER", "RISK", "OPERATOR", "VIEWER"}) {
                sql.execute("INSERT INTO users VALUES ('" + role.toLowerCase() + "', 'SCC', 'x', '" + role + "', 'none', FALSE)");
            }
        }

        try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
            List<String> roles = store.transaction(c -> Sql.list(c, "SELECT login || '=' || role FROM users ORDER BY login",
                    row -> row.getString(1)));
            assertThat(roles)
                    .containsExactly("operator=ADMINISTRATOR", "risk=RISK_OFFICER", "trader=TRADER", "viewer=RISK_OFFICER");
            assertThatThrownBy(() -> store.transaction(c -> Sql.update(c,
                    "INSERT INTO users VALUES ('x', 'SCC', 'x', 'OPERATOR', 'none', FALSE)")))
                    .hasMessageContaining("USERS_ROLE");
        }
    }
}
