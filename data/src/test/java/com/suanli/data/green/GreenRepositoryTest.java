package com.suanli.data.green;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.firm.Account;
import com.suanli.data.firm.AccountKind;
import com.suanli.data.firm.Firm;
import com.suanli.data.firm.FirmRepository;
import com.suanli.data.firm.FirmRole;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.green.HubGrid;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreenRepositoryTest {

    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUL_2026 = LocalDate.of(2026, 7, 1);

    @TempDir
    Path dir;

    @Test
    void a_certificate_is_retired_once_and_stays_with_its_claim() {
        GreenCertificate held = new GreenCertificate("GEC-NX-0001", 7, "NX", YearMonth.of(2026, 10),
                new BigDecimal("12.5"), LocalDate.of(2026, 11, 2), null, null);
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                new FirmRepository(c).save(new Firm("WW", "Westwind", FirmRole.CLIENT));
                new FirmRepository(c).save(new Account(7, "WW", "main", AccountKind.CLIENT, "CNY", true));
                GreenRepository green = new GreenRepository(c);
                green.issue(held);
                green.retire("GEC-NX-0001", LocalDate.of(2026, 12, 1), "H100-NX-G delivery Dec 2026");
                return null;
            });

            assertThatThrownBy(() -> store.transaction(c -> {
                new GreenRepository(c).retire("GEC-NX-0001", LocalDate.of(2026, 12, 2), "again");
                return null;
            })).hasMessage("certificateId: GEC-NX-0001 is not a held certificate");
            GreenCertificate retired = store.transaction(c -> new GreenRepository(c).certificatesOf(7)).get(0);
            assertThat(retired.isRetired()).isTrue();
            assertThat(retired.retiredFor()).isEqualTo("H100-NX-G delivery Dec 2026");
            assertThat(retired.mwh()).isEqualByComparingTo("12.5");
        }
    }

    @Test
    void the_factors_in_force_on_a_day_are_each_hubs_latest_from_that_day_or_before() {
        HubGrid nxOld = new HubGrid(Hub.NX, "Northwest", 0.60, 1.25);
        HubGrid nxNew = new HubGrid(Hub.NX, "Northwest", 0.55, 1.20);
        HubGrid yrd = new HubGrid(Hub.YRD, "East China", 0.58, 1.30);
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                GreenRepository green = new GreenRepository(c);
                green.saveFactors(nxOld, JAN_2026);
                green.saveFactors(nxNew, JUL_2026);
                green.saveFactors(yrd, JAN_2026);
                return null;
            });

            store.transaction(c -> {
                GreenRepository green = new GreenRepository(c);
                assertThat(green.factorsOn(LocalDate.of(2026, 6, 30))).containsEntry(Hub.NX, nxOld).containsEntry(Hub.YRD, yrd);
                assertThat(green.factorsOn(JUL_2026)).containsEntry(Hub.NX, nxNew).hasSize(2);
                assertThat(green.factorsOn(LocalDate.of(2025, 12, 31))).isEmpty();
                return null;
            });
        }
    }
}
